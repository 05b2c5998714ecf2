import { join } from "node:path";
import pino from "pino";
import { createBot, type RunningBot } from "../../src/composition/create-bot.ts";
import type { Config } from "../../src/config/config-schema.ts";
import { parseConfig } from "../../src/config/load-config.ts";
import { loadPromptLibrary, type PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { openDatabase, type Db } from "../../src/storage/database.ts";
import { FakeClock } from "../../src/time/clock.ts";
import { tempDatabasePath } from "./temp-database.ts";

export const PROMPTS_DIR = join(import.meta.dirname, "../../prompts");

let cachedLibrary: PromptLibrary | undefined;

export function realPromptLibrary(): PromptLibrary {
  if (!cachedLibrary) {
    const result = loadPromptLibrary(PROMPTS_DIR);
    if (!result.ok) throw new Error(`prompt library does not load:\n${result.problems.join("\n")}`);
    cachedLibrary = result.library;
  }
  return cachedLibrary;
}

export { tempDatabasePath };

export interface TeamChannels {
  slack?: { channel: string; triageChannel?: string };
  msteams?: { channel: string; triageChannel?: string };
  console?: { channel: string; triageChannel?: string };
}

/** The scenario's organisation: team "kcc" (Monday 09:00 prompts, Friday 16:00 digest) and "wmo". */
export function testConfig(channels: TeamChannels, leads: string[], extra: Partial<Record<string, unknown>> = {}): Config {
  const result = parseConfig({
    timezone: "Europe/Amsterdam",
    language: "nl",
    teams: [
      {
        key: "kcc",
        name: "Klantcontactcentrum",
        ...channels,
        leads,
        reflection: { schedule: "0 9 * * 1", themes: ["klantfocus", "dienend-leiderschap"], visibility: "team" },
        digest: { schedule: "0 16 * * 5" },
      },
      {
        key: "wmo",
        name: "Wmo-team",
        leads: [],
        reflection: { schedule: "0 10 * * 2", themes: ["veranderbereidheid"], visibility: "private", change: "de overgang naar zaakgericht werken" },
      },
    ],
    ...extra,
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.config;
}

export interface TestBot {
  bot: RunningBot;
  db: Db;
  clock: FakeClock;
  config: Config;
}

/** The real core on a real SQLite file, with a fake clock (Monday 2026-03-23 08:55 in Amsterdam). */
export function createTestBot(config: Config, options: { start?: string; databasePath?: string } = {}): TestBot {
  const clock = new FakeClock(options.start ?? "2026-03-23T07:55:00Z");
  const db = openDatabase(options.databasePath ?? tempDatabasePath());
  const logger = pino({ level: "silent" });
  const bot = createBot({ db, config, library: realPromptLibrary(), clock, logger });
  return { bot, db, clock, config };
}
