import { App, SocketModeReceiver, webApi, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "pino";
import type { Adapter, Bot, HttpRoute } from "../../src/chat/adapter.ts";
import type { Language } from "../../src/chat/vocabulary.ts";
import type { SlackSettings } from "../../src/config/environment.ts";
import { toBoltLogger } from "./to-bolt-logger.ts";
import { AckGate } from "./ack-gate.ts";
import { BotIdentity } from "./bot-identity.ts";
import { ChannelPacer } from "./channel-pacer.ts";
import { MessagePoster } from "./message-poster.ts";
import { ReplyDeliverer } from "./reply-deliverer.ts";
import { SlackApi } from "./slack-api.ts";
import { SlackWebApi } from "./slack-web-api.ts";
import { toSlackError } from "./slack-errors.ts";
import { SlackHttpReceiver } from "./slack-http-receiver.ts";
import { SlackInbox } from "./slack-inbox.ts";
import { registerListeners, withPayload } from "./slack-listeners.ts";
import { parseSlackPayload } from "./parse-slack-payload.ts";
import { SlackPlatform } from "./slack-platform.ts";
import { DEFAULT_TUNING, type SlackTuning } from "./slack-tuning.ts";

export interface SlackAdapterOptions {
  bot: Bot;
  settings: SlackSettings;
  logger: Logger;
  /** For adapter-only texts; the core's texts come in its replies. */
  language?: Language;
  tuning?: Partial<SlackTuning>;
}

export interface SlackAdapter extends Adapter {
  platform: SlackPlatform;
  /** Resolves when work started by earlier requests (modals, ephemerals, posts) has finished. */
  whenIdle(): Promise<void>;
}

export const SLACK_EVENTS_PATH = "/slack/events";

/** Slack over HTTP (POST /slack/events) or, with an app token, over Socket Mode. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { settings, logger } = options;
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const language = options.language ?? "nl";
  const boltLogger = toBoltLogger(logger);
  // Bolt keeps a WebClient for listeners, which we do not use; our calls go through SlackApi over
  // SlackWebApi. Its retries are off all the same, so no call is ever retried behind our back.
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: tuning.requestTimeoutMs,
    logger: boltLogger,
  };
  const gate = new AckGate();
  const api = new SlackApi(new SlackWebApi(settings.botToken, settings.apiUrl, tuning.requestTimeoutMs), tuning, logger);
  const platform = new SlackPlatform(api, new MessagePoster(api, new ChannelPacer(tuning.paceMs)), language);
  const deliverer = new ReplyDeliverer(api, platform, language);
  const inbox = new SlackInbox({ ...options, deliverer, language, submitDeadlineMs: tuning.submitDeadlineMs, gate });
  const isSocketMode = Boolean(settings.appToken);
  const receiver = isSocketMode ? undefined : new SlackHttpReceiver(settings.signingSecret, boltLogger, gate);
  const identity = new BotIdentity(api);
  const app = new App({
    // Our own authorize instead of `token`: see BotIdentity.
    authorize: async () => ({ botToken: settings.botToken, ...(await identity.get()) }),
    ...(receiver ? { receiver } : { receiver: socketReceiver(settings.appToken!, boltLogger), socketMode: true }),
    clientOptions,
    logger: boltLogger,
  });
  app.error(async (error) => {
    logger.error({ code: toSlackError(error, "bolt").code }, "bolt could not handle a slack request");
  });
  registerListeners(app, (payload, ack) => inbox.receive(payload, ack));

  const routes: HttpRoute[] = receiver ? [{ method: "POST", path: SLACK_EVENTS_PATH, handle: (request, response) => receiver.handle(request, response) }] : [];
  const mode = isSocketMode ? "socket mode" : "http";
  let state: "new" | "running" | "stopped" = "new";
  let problem = "not started";
  const coded = (error: unknown, method: string) => {
    const slackError = toSlackError(error, method);
    problem = `${slackError.code}${slackError.details.slackError ? ` (${slackError.details.slackError})` : ""}`;
    return slackError;
  };

  return {
    platform,
    routes,
    whenIdle: async () => {
      await inbox.whenIdle();
      await options.bot.whenIdle?.();
    },
    // Healthy once Slack has accepted the token, also when that happens only after start-up.
    health: () =>
      state === "running" && identity.isKnown
        ? { platform: "slack", isHealthy: true, detail: mode }
        : { platform: "slack", isHealthy: false, detail: `${mode}: ${state === "stopped" ? "stopped" : problem}` },
    async start() {
      try {
        await identity.get();
      } catch (error) {
        const refused = coded(error, "auth.test");
        // A refused token will not fix itself; a network hiccup at start-up might, so the process stays
        // up and the first request asks auth.test again.
        if (refused.code === "slack_api_error") throw refused;
        logger.warn({ code: refused.code }, "slack not reachable at start-up");
      }
      if (isSocketMode) {
        try {
          await app.start();
        } catch (error) {
          throw coded(error, "apps.connections.open");
        }
      }
      state = "running";
    },
    async stop() {
      if (state === "running" && isSocketMode) await app.stop();
      state = "stopped";
      await inbox.whenIdle();
    },
  };
}

/** Bolt's own Socket Mode receiver, which parses each envelope's payload once for the listeners, as ours does. */
function socketReceiver(appToken: string, logger: BoltLogger): SocketModeReceiver {
  return new SocketModeReceiver({ appToken, logger, customPropertiesExtractor: ({ body }) => withPayload(parseSlackPayload(body)) });
}
