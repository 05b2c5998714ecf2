// Part of the composition root: the one place that picks and builds the platform adapters.
import type { Logger } from "pino";
import type { RunningBot } from "../app/create-bot.ts";
import type { Adapter } from "../chat/adapter.ts";
import type { Settings } from "../config/environment.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";

/** Builds the platform adapters the settings ask for (Slack and Teams follow) and connects them. */
export function connectPlatforms(bot: RunningBot, settings: Settings, db: Db, logger: Logger, clock: Clock): Adapter[] {
  const adapters: Adapter[] = [];
  if (settings.slack || settings.teams) logger.warn({ db: Boolean(db), clock: Boolean(clock) }, "Slack and Teams adapters are not in this build yet");
  for (const adapter of adapters) bot.connect(adapter.platform);
  return adapters;
}
