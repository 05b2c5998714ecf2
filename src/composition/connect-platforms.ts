// Part of the composition root: the one place that picks and builds the platform adapters.
import type { Logger } from "pino";
import type { RunningBot } from "./create-bot.ts";
import type { Adapter, HttpRoute } from "../chat/adapter.ts";
import type { Platform } from "../chat/vocabulary.ts";
import type { Settings } from "../config/environment.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";

/** The platforms' adapters, with their HTTP routes known before their SDKs are loaded. */
export interface PlatformsToLoad {
  /** Each route with its platform. A request that comes before `load` has finished waits for it. */
  routes: Map<HttpRoute, Platform>;
  /** Loads the SDKs, builds the adapters and connects their platforms to the bot (once). */
  load(): Promise<Adapter[]>;
  /** Whether `load` has finished: until then the process listens but is not ready. */
  isLoaded(): boolean;
}

/**
 * The Slack and Teams adapters the settings ask for. Their SDKs take most of a second to load, so the
 * process listens first and loads them after; the console and the CLI never load them.
 */
export function platformsToLoad(bot: RunningBot, settings: Settings, db: Db, logger: Logger, clock: Clock): PlatformsToLoad {
  let loading: Promise<Adapter[]> | undefined;
  let isLoaded = false;
  const load = () => (loading ??= connectPlatforms(bot, settings, db, logger, clock).then((adapters) => ((isLoaded = true), adapters)));
  const routes = new Map<HttpRoute, Platform>();
  const early = (platform: Platform, path: string): void => {
    const route: HttpRoute = {
      method: "POST",
      path,
      handle: async (request, response) => {
        const real = (await load()).flatMap((adapter) => adapter.routes).find((candidate) => candidate.path === path && candidate.method === "POST");
        if (!real) throw Object.assign(new Error(`no adapter serves ${path}`), { code: "route_not_served" });
        return real.handle(request, response);
      },
    };
    routes.set(route, platform);
  };
  // The paths are fixed by the operator contract (DESIGN.md §3); Socket Mode needs none.
  if (settings.slack && !settings.slack.appToken) early("slack", "/slack/events");
  if (settings.teams) early("msteams", "/api/messages");
  return { routes, load, isLoaded: () => isLoaded };
}

/** Builds the Slack and Teams adapters the settings ask for and connects their platforms to the bot. */
export async function connectPlatforms(bot: RunningBot, settings: Settings, db: Db, logger: Logger, clock: Clock): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const language = bot.core.config.language;
  if (settings.slack) {
    const { createSlackAdapter } = await import("../../adapters/slack/create-slack-adapter.ts");
    adapters.push(createSlackAdapter({ bot, settings: settings.slack, logger, language }));
  }
  if (settings.teams) {
    // Without an app id the adapter itself warns loudly at start that requests are not authenticated.
    const { createTeamsAdapter } = await import("../../adapters/teams/create-teams-adapter.ts");
    const allowedTenants = bot.core.config.msteams?.allowedTenants;
    adapters.push(createTeamsAdapter({ bot, db, settings: settings.teams, logger, clock, language, allowedTenants, outbox: bot.core.outbox }));
  }
  for (const adapter of adapters) bot.connect(adapter.platform);
  return adapters;
}
