import { writeFileSync } from "node:fs";
import type { Config } from "../../src/config/config-schema.ts";
import { botCommand, startChild } from "./child.ts";

export interface StartUpFigures {
  /** Each start, first one first: from spawning `node dist/src/main.js` to its listening line. */
  startsMs: number[];
  medianMs: number;
  /** The same starts to the "started" line: adapters loaded and started, ready for /readyz. */
  readyMs: number[];
  medianReadyMs: number;
}

/**
 * Cold start as operators run it (`npm start`: node dist/src/main.js), with Slack (reachable, its
 * token accepted) and Teams enabled, on the seeded database: migrations checked, the port open (the
 * first line with a port), then the SDKs loaded and the adapters started (the "started" line).
 */
export async function measureStartUp(databasePath: string, config: Config, configPath: string, times = 3): Promise<StartUpFigures> {
  writeFileSync(configPath, JSON.stringify(config));
  const slack = startChild("bench/servers/fake-slack.ts");
  const { url, token } = await slack.waitFor<{ url: string; token: string }>("url");
  const startsMs: number[] = [];
  const readyMs: number[] = [];
  for (let run = 0; run < times; run += 1) {
    const started = performance.now();
    const child = startChild(botCommand().entry, {
      PORT: "0",
      DATABASE_PATH: databasePath,
      BEDOELING_CONFIG: configPath,
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: "bench",
      SLACK_API_URL: url,
      TEAMS_ENABLED: "true",
    }, botCommand().flags);
    await child.waitFor("port");
    startsMs.push(performance.now() - started);
    await child.waitFor("adapters");
    readyMs.push(performance.now() - started);
    await child.stop();
  }
  await slack.stop();
  return { startsMs, medianMs: median(startsMs), readyMs, medianReadyMs: median(readyMs) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
