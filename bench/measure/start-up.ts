import { writeFileSync } from "node:fs";
import type { Config } from "../../src/config/config-schema.ts";
import { startChild } from "./child.ts";

export interface StartUpFigures {
  /** Each start, first one first: from spawning `tsx src/main.ts` to its "started" log line. */
  startsMs: number[];
  medianMs: number;
}

/**
 * Cold start as operators run it (`npm start`: node dist/src/main.js), with Slack (reachable, its
 * token accepted) and Teams enabled, on the seeded database: migrations checked, adapters loaded,
 * the port open and the started line logged.
 */
export async function measureStartUp(databasePath: string, config: Config, configPath: string, times = 3): Promise<StartUpFigures> {
  writeFileSync(configPath, JSON.stringify(config));
  const slack = startChild("bench/servers/fake-slack.ts");
  const { url, token } = await slack.waitFor<{ url: string; token: string }>("url");
  const startsMs: number[] = [];
  for (let run = 0; run < times; run += 1) {
    const started = performance.now();
    const child = startChild("dist/src/main.js", {
      PORT: "0",
      DATABASE_PATH: databasePath,
      BEDOELING_CONFIG: configPath,
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: "bench",
      SLACK_API_URL: url,
      TEAMS_ENABLED: "true",
    });
    await child.waitFor("port");
    startsMs.push(performance.now() - started);
    await child.stop();
  }
  await slack.stop();
  const sorted = [...startsMs].sort((a, b) => a - b);
  return { startsMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}
