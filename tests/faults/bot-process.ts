import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import { localParts } from "../../src/time/local-time.ts";
import type { FakeSlackApi } from "../support/fake-slack-api.ts";

const root = join(import.meta.dirname, "../..");

export interface BotProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output(): string;
}

import { firstSeen } from "../../src/scheduling/slot-store.ts";
import { openDatabase } from "../../src/storage/database.ts";

const TIMEZONE = "Europe/Amsterdam";

/**
 * A config file next to the database: team kcc on Slack, Lisa its lead, and a prompt scheduled for the
 * current minute, so that a bot started now (and again within the grace period) is inside its slot.
 */
export function writeSlackConfig(databasePath: string, channels: { channel: string; triageChannel: string }, now = new Date()): string {
  const { hour, minute } = localParts(now, TIMEZONE);
  const team = {
    key: "kcc",
    name: "Klantcontactcentrum",
    slack: channels,
    leads: ["slack:U0LISA"],
    reflection: { schedule: `${minute} ${hour} * * *`, themes: ["klantfocus"], visibility: "team" },
  };
  const path = join(dirname(databasePath), "bedoeling.config.yaml");
  writeFileSync(path, stringify({ timezone: TIMEZONE, language: "nl", schedule: { skipPublicHolidays: false }, teams: [team] }));
  // The bot has run with this schedule before (a new schedule starts from the moment it is first seen).
  const db = openDatabase(databasePath);
  firstSeen(db, "reflection:kcc", new Date(now.getTime() - 10 * 60_000));
  db.close();
  return path;
}

/** Starts the real bot (src/main.ts, as `npm run dev` does) on Slack over HTTP against the fake Web API; resolves once it listens. */
export async function startBotProcess(fake: FakeSlackApi, databasePath: string, configPath: string): Promise<BotProcess> {
  // tsx's loader in the bot's own process: the tsx CLI would run the bot in a child of its own, which a
  // SIGKILL of the CLI leaves running.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: "0",
      DATABASE_PATH: databasePath,
      BEDOELING_CONFIG: configPath,
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const port = await new Promise<number>((resolve, reject) => {
    const giveUpAt = Date.now() + 15_000;
    const look = () => {
      const match = /"port":(\d+)[^\n]*"bedoeling-bot started"|"bedoeling-bot started"[^\n]*"port":(\d+)/.exec(output);
      if (match) return resolve(Number(match[1] ?? match[2]));
      if (child.exitCode !== null) return reject(new Error(`the bot exited with ${child.exitCode}:\n${output}`));
      if (Date.now() > giveUpAt) {
        child.kill("SIGKILL");
        return reject(new Error(`the bot did not start:\n${output}`));
      }
      setTimeout(look, 20);
    };
    look();
  });
  return { child, url: `http://127.0.0.1:${port}`, exited, output: () => output };
}
