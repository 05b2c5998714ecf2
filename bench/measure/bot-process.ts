import { writeFileSync } from "node:fs";
import type { Config } from "../../src/config/config-schema.ts";
import { botCommand, startChild, type Child } from "./child.ts";

export interface BotProcessOptions {
  databasePath: string;
  config: Config;
  configPath: string;
  slack: { apiUrl: string; token: string; signingSecret: string };
}

export interface BotProcess {
  child: Child;
  port: number;
  /** From spawning the process to its "started" log line, in ms. */
  startMs: number;
}

/** Our bot as operators run it (`npm start`: dist/src/main.js), with Slack over HTTP and Teams. */
export async function startBotProcess(options: BotProcessOptions): Promise<BotProcess> {
  writeFileSync(options.configPath, JSON.stringify(options.config));
  const started = performance.now();
  const child = startChild(botCommand().entry, {
    PORT: "0",
    DATABASE_PATH: options.databasePath,
    BEDOELING_CONFIG: options.configPath,
    LOG_LEVEL: "info",
    SLACK_BOT_TOKEN: options.slack.token,
    SLACK_SIGNING_SECRET: options.slack.signingSecret,
    SLACK_API_URL: options.slack.apiUrl,
    TEAMS_ENABLED: "true",
  }, botCommand().flags);
  const { port } = await child.waitFor<{ port: number }>("port");
  return { child, port, startMs: performance.now() - started };
}
