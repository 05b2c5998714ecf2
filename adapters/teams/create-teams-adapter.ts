import { OutboundHostValidator, type Request, type WebResponse } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import type { Adapter, AdapterHealth, Bot, HttpRoute } from "../../src/chat/adapter.ts";
import type { Language } from "../../src/chat/vocabulary.ts";
import type { TeamsSettings } from "../../src/config/environment.ts";
import { listUnreachable } from "../../src/storage/conversations.ts";
import type { Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import { admitActivity, isLoopbackUrl, type AdmissionRules } from "./admit-activity.ts";
import { ConversationReferences } from "./conversation-references.ts";
import { handleTurn, type TurnParts } from "./handle-turn.ts";
import { readJsonRequest, refuse, toBotResponse } from "./http-shim.ts";
import { PacedCloudAdapter } from "./paced-cloud-adapter.ts";
import { createPacedHttpClient, DEFAULT_TUNING, type DeliveryTuning } from "./paced-http-client.ts";
import { formSeals } from "./signed-form-state.ts";
import { toTeamsError } from "./teams-error.ts";
import { TeamsPlatform } from "./teams-platform.ts";
import { toAuthConfiguration, type TokenAuthority } from "./to-auth-configuration.ts";
import { ReplyLanes } from "./reply-lanes.ts";
import { turnReplyTask } from "./turn-reply-task.ts";
import { TURN_REPLY, type TurnOutbox } from "./turn-sends.ts";

export interface TeamsAdapterOptions {
  bot: Bot;
  db: Db;
  settings: TeamsSettings;
  logger: Logger;
  clock: Clock;
  /** The bot's outbox worker: replies of a turn go through it, after the turn, so pacing never holds a request. */
  outbox: TurnOutbox;
  /** What people see by default; the configuration's language. */
  language?: Language;
  /** Pacing, retries and time-outs; Teams' limits unless a test makes them quick. */
  delivery?: Partial<DeliveryTuning>;
  /** Tenant ids served (config `msteams.allowedTenants`); unset: any tenant. */
  allowedTenants?: readonly string[];
  /**
   * A token signer of a test's own instead of Microsoft Entra ID (with an app id only): where incoming
   * tokens' keys are, and the outgoing tokens. Service URLs on this machine are then allowed too.
   */
  ownIdentity?: TokenAuthority & { accessToken(scope: string): Promise<string> };
}

export interface TeamsAdapter extends Adapter {
  platform: TeamsPlatform;
}

/** Microsoft Teams through the Microsoft 365 Agents SDK's CloudAdapter: POST /api/messages in, proactive posts out. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { bot, db, settings, clock } = options;
  const logger = options.logger.child({ adapter: "msteams" });
  const delivery: DeliveryTuning = { ...DEFAULT_TUNING, ...options.delivery };
  // Unauthenticated, the bot only ever calls this machine: the guard also covers references stored earlier.
  const isAllowedUrl = allowedServiceUrls(settings.isUnauthenticated, !!options.ownIdentity);
  const transport = createPacedHttpClient(delivery, logger, settings.isUnauthenticated ? isLoopbackUrl : undefined);
  const auth = toAuthConfiguration(settings, options.ownIdentity && { authorityEndpoint: options.ownIdentity.authorityEndpoint, issuers: options.ownIdentity.issuers });
  const cloud = new PacedCloudAdapter({ auth, transport, isAllowedUrl, accessToken: options.ownIdentity?.accessToken });
  const references = new ConversationReferences(db);
  const names = new Map<string, string>();
  const platform = new TeamsPlatform({ adapter: cloud, appId: settings.appId ?? "", references, names, db, clock, logger });
  const sendDirect: TurnParts["sendDirect"] = (user, message) => platform.sendDirect(user, message);
  const seals = formSeals(db);
  const lanes = new ReplyLanes(db, transport.hasRoom);
  const turn: TurnParts = { bot, db, clock, logger, language: options.language ?? "nl", references, names, seals, sendDirect, outbox: options.outbox, lanes };
  options.outbox.register(TURN_REPLY, turnReplyTask(cloud, settings.appId ?? "", lanes, logger));
  const rules: AdmissionRules = { allowedTenants: options.allowedTenants, isLoopbackOnly: settings.isUnauthenticated };

  const messages: HttpRoute = {
    method: "POST",
    path: "/api/messages",
    handle: async (request, response) => {
      const read = await readJsonRequest(request);
      if (!read.ok) return refuse(response, read.status, read.error);
      const reply = toBotResponse(response);
      // CloudAdapter.process trusts whatever identity the request carries: the token is checked here.
      if (!(await isAuthorized(cloud, read.request, reply))) {
        logger.warn({ status: 401 }, "Teams activity refused: no valid Bot Framework token");
        return void reply.end();
      }
      const body = read.request.body as Record<string, unknown>;
      const admission = admitActivity(body, rules);
      if (!admission.ok) {
        logger.warn({ error: admission.error }, "Teams activity refused before it was handled");
        return refuse(response, admission.status, admission.error);
      }
      // handleTurn answers its own failures; what escapes is the SDK's (e.g. no token for the reply). The
      // SDK throws (instead of answering 400) on an activity its schema does not accept, before any turn.
      await cloud.process(read.request, reply, (context) => handleTurn(context, turn)).catch((error: unknown) => {
        if (isSchemaRefusal(error) && !response.headersSent) return refuse(response, 400, "not_an_activity");
        throw toTeamsError(error, "Teams activity");
      });
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
    health,
    // Ready once Microsoft Entra ID gives a token for the Bot Connector (not needed without authentication).
    checkReadiness: async () => {
      const problem = settings.isUnauthenticated ? undefined : await cloud.checkToken(5_000);
      return problem ? { platform: "msteams", isHealthy: false, detail: `no token from Microsoft Entra ID: ${problem}` } : health();
    },
  };

  function health(): AdapterHealth {
    const unreachable = listUnreachable(db).filter((conversation) => conversation.platform === "msteams").length;
    const notes = [settings.isUnauthenticated ? "unauthenticated (local testing only)" : "", unreachable ? `${unreachable} unreachable conversation(s)` : ""];
    const detail = notes.filter(Boolean).join("; ");
    return { platform: "msteams", isHealthy: true, ...(detail ? { detail } : {}) };
  }
}

/** Loopback only without authentication; otherwise Microsoft's channel hosts over https (and loopback for a test's own signer). */
function allowedServiceUrls(isUnauthenticated: boolean, hasOwnIdentity: boolean): (url: string) => boolean {
  if (isUnauthenticated) return isLoopbackUrl;
  const microsoft = new OutboundHostValidator({ enabled: true, includeDefaultMicrosoftHosts: true });
  return (url) => (url.startsWith("https://") && microsoft.isAllowed(url)) || (hasOwnIdentity && isLoopbackUrl(url));
}

/** Runs the SDK's JWT check; on a refusal it has set 401 and a reason on the reply, which the caller ends. */
async function isAuthorized(cloud: PacedCloudAdapter, request: Request, reply: WebResponse): Promise<boolean> {
  let isPassed = false;
  await cloud.authorizeRequest(request, reply, () => {
    isPassed = true;
  });
  return isPassed;
}

/** The SDK's Activity.fromObject refuses with its schema library's error (parsing once, in process). */
function isSchemaRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === "ZodError";
}
