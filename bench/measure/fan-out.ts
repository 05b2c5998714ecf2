import pino from "pino";
import { createSlackAdapter } from "../../adapters/slack/create-slack-adapter.ts";
import { createBot } from "../../src/composition/create-bot.ts";
import type { Config } from "../../src/config/config-schema.ts";
import type { PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { FakeClock } from "../../src/time/clock.ts";
import { startChild } from "./child.ts";

export interface FanOutFigures {
  seconds: number;
  /** At one message per second per channel, one message to each of N channels fits in one second. */
  floorSeconds: number;
  channels: number;
  posted: number;
  rateLimited: number;
}

/**
 * Monday 09:00 for every team at once: the real scheduler and Slack adapter (production pacing and
 * retries) post one prompt to each team's channel, against a fake Web API in its own process that
 * allows one message per second per channel and answers 429 beyond that.
 */
export async function measureFanOut(databasePath: string, config: Config, library: PromptLibrary, mondayNine: Date): Promise<FanOutFigures> {
  const fake = startChild("bench/servers/fake-slack.ts", { POST_INTERVAL_MS: "1000" });
  const { url, token } = await fake.waitFor<{ url: string; token: string }>("url");
  const db = openDatabase(databasePath);
  // The bot has been running: a tick at 08:59 looks back over the past day, so 09:00 finds only its own slot.
  const clock = new FakeClock(new Date(mondayNine.getTime() - 60_000));
  const logger = pino({ level: "silent" });
  // Only the prompts: no digests, and posted also when that Monday is a public holiday.
  const quiet = { ...config, schedule: { ...config.schedule, skipPublicHolidays: false }, teams: config.teams.map((team) => ({ ...team, digest: undefined })) };
  const bot = createBot({ db, config: quiet, library, clock, logger });
  const adapter = createSlackAdapter({ bot, logger, settings: { botToken: token, signingSecret: "bench", apiUrl: url } });
  bot.connect(adapter.platform);
  try {
    await adapter.start();
    await bot.scheduler.tick();
    clock.set(new Date(mondayNine.getTime() + 30_000));
    const started = performance.now();
    await bot.scheduler.tick();
    const seconds = (performance.now() - started) / 1000;
    fake.send("stats");
    const { stats } = await fake.waitFor<{ stats: { byMethod: Record<string, number>; rateLimited: number } }>("stats");
    const posted = (stats.byMethod["chat.postMessage"] ?? 0) - stats.rateLimited;
    return { seconds, floorSeconds: 1, channels: config.teams.length, posted, rateLimited: stats.rateLimited };
  } finally {
    await adapter.stop();
    await fake.stop();
    db.close();
  }
}
