import { CloudAdapter } from "botbuilder";
import type { Logger } from "pino";
import type { Adapter, Bot, HttpRoute } from "../../src/chat/adapter.ts";
import type { Language } from "../../src/chat/vocabulary.ts";
import type { TeamsSettings } from "../../src/config/environment.ts";
import { listUnreachable } from "../../src/storage/conversations.ts";
import type { Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import { admitActivity, isLoopbackUrl, type AdmissionRules } from "./admit-activity.ts";
import { ConversationReferences } from "./conversation-references.ts";
import { createAuthentication } from "./create-authentication.ts";
import { handleTurn, type TurnParts } from "./handle-turn.ts";
import { readJsonRequest, refuse, toBotResponse } from "./http-shim.ts";
import { createPacedHttpClient, DEFAULT_TUNING, type DeliveryTuning } from "./paced-http-client.ts";
import { formSeals } from "./signed-form-state.ts";
import { TeamsPlatform } from "./teams-platform.ts";

export interface TeamsAdapterOptions {
  bot: Bot;
  db: Db;
  settings: TeamsSettings;
  logger: Logger;
  clock: Clock;
  /** What people see by default; the configuration's language. */
  language?: Language;
  /** Pacing, retries and time-outs; Teams' limits unless a test makes them quick. */
  delivery?: Partial<DeliveryTuning>;
  /** Tenant ids served (config `msteams.allowedTenants`); unset: any tenant. */
  allowedTenants?: readonly string[];
}

export interface TeamsAdapter extends Adapter {
  platform: TeamsPlatform;
}

/** Microsoft Teams through the Bot Framework's CloudAdapter: POST /api/messages in, proactive posts out. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { bot, db, settings, clock } = options;
  const logger = options.logger.child({ adapter: "msteams" });
  const delivery: DeliveryTuning = { ...DEFAULT_TUNING, ...options.delivery };
  // Unauthenticated, the bot only ever calls this machine: the guard also covers references stored earlier.
  const isAllowedUrl = settings.isUnauthenticated ? isLoopbackUrl : undefined;
  const cloud = new CloudAdapter(createAuthentication(settings, createPacedHttpClient(delivery, logger, isAllowedUrl)));
  const references = new ConversationReferences(db);
  const names = new Map<string, string>();
  const platform = new TeamsPlatform({ adapter: cloud, appId: settings.appId ?? "", references, names, db, clock, logger });
  const sendDirect: TurnParts["sendDirect"] = (user, message) => platform.sendDirect(user, message);
  const seals = formSeals(db);
  const turn: TurnParts = { bot, db, clock, logger, language: options.language ?? "nl", references, names, seals, sendDirect };
  const rules: AdmissionRules = { allowedTenants: options.allowedTenants, isLoopbackOnly: settings.isUnauthenticated };

  const messages: HttpRoute = {
    method: "POST",
    path: "/api/messages",
    handle: async (request, response) => {
      const read = await readJsonRequest(request);
      if (!read.ok) return refuse(response, read.status, read.error);
      const admission = admitActivity(read.request.body as Record<string, unknown>, rules);
      if (!admission.ok) {
        logger.warn({ error: admission.error }, "Teams activity refused before it was handled");
        return refuse(response, admission.status, admission.error);
      }
      await cloud.process(read.request, toBotResponse(response), (context) => handleTurn(context, turn));
    },
  };

  return {
    platform,
    routes: [messages],
    start: async () => {
      if (settings.isUnauthenticated) {
        logger.warn(
          { loud: true },
          "!!! TEAMS RUNS WITHOUT AUTHENTICATION: anyone who reaches POST /api/messages can act as any user. " +
            "Only for local testing; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for real use. !!!",
        );
      } else {
        logger.info({ appId: settings.appId, appType: settings.appType, tenant: settings.tenantId }, "Teams adapter ready at POST /api/messages");
      }
    },
    stop: async () => undefined,
    health: () => {
      const unreachable = listUnreachable(db).filter((conversation) => conversation.platform === "msteams").length;
      const notes = [settings.isUnauthenticated ? "unauthenticated (local testing only)" : "", unreachable ? `${unreachable} unreachable conversation(s)` : ""];
      const detail = notes.filter(Boolean).join("; ");
      return { platform: "msteams", isHealthy: true, ...(detail ? { detail } : {}) };
    },
  };
}
