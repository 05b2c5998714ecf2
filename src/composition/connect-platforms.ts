// Part of the composition root: the one place that picks and builds the platform adapters.
import type { Logger } from "pino";
import type { RunningBot } from "../app/create-bot.ts";
import type { Adapter } from "../chat/adapter.ts";
import type { Settings } from "../config/environment.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";

/**
 * Builds the Slack and Teams adapters the settings ask for and connects their platforms to the bot.
 * The SDKs are loaded only when asked for, so the console and the CLI start in a fraction of the time.
 */
export async function connectPlatforms(bot: RunningBot, settings: Settings, db: Db, logger: Logger, clock: Clock): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const language = bot.core.config.language;
  if (settings.slack) {
    const { createSlackAdapter } = await import("../../adapters/slack/create-slack-adapter.ts");
    adapters.push(createSlackAdapter({ bot, db, settings: settings.slack, logger, clock, language }));
  }
  if (settings.teams) {
    // Without an app id the adapter itself warns loudly at start that requests are not authenticated.
    const { createTeamsAdapter } = await import("../../adapters/teams/create-teams-adapter.ts");
    const allowedTenants = bot.core.config.msteams?.allowedTenants;
    adapters.push(createTeamsAdapter({ bot, db, settings: settings.teams, logger, clock, language, allowedTenants }));
  }
  for (const adapter of adapters) bot.connect(adapter.platform);
  return adapters;
}
