import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { Logger } from "pino";
import { ConversationPacer, realTime, TEAMS_LIMITS, type PacerTime, type RateLimit } from "./conversation-pacer.ts";
import { TeamsError } from "./teams-error.ts";
import { RequestFailure, sendRequest } from "../../src/http/send-request.ts";
import { ResponseHeaders } from "./response-headers.ts";

type ConnectorOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;
export type HttpClient = NonNullable<ConnectorOptions["httpClient"]>;
type WebResource = Parameters<HttpClient["sendRequest"]>[0];
type HttpResponse = Awaited<ReturnType<HttpClient["sendRequest"]>>;

export interface DeliveryTuning {
  limits: RateLimit[];
  time: PacerTime;
  /** Tries per request, the first one included. */
  maxAttempts: number;
  /** A request without an answer after this long counts as failed (and is tried again). */
  timeoutMs: number;
  /** Wait before retry number `attempt` (1, 2, …) when Teams gave no Retry-After. */
  backoffMs(attempt: number): number;
  /** A longer Retry-After is not waited for within a request: we give up and say so. */
  maxRetryAfterMs: number;
}

export const DEFAULT_TUNING: DeliveryTuning = {
  limits: TEAMS_LIMITS,
  time: realTime,
  maxAttempts: 4,
  timeoutMs: 15_000,
  backoffMs: (attempt) => 500 * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4),
  maxRetryAfterMs: 30_000,
};

/** Teams asks to retry these (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit). */
const RETRIED = new Set([412, 429, 500, 502, 503, 504]);

/**
 * The transport under the SDK's ConnectorClient: paces per conversation, honours 429 Retry-After and
 * retries 5xx and time-outs, all in one place. When it gives up it throws a TeamsError, which is not an
 * Azure RestError, so the SDK's own retry policy passes it on instead of retrying a second time.
 * `isAllowedUrl`, when given, is asked before anything leaves: a refused URL is never called.
 */
export function createPacedHttpClient(tuning: DeliveryTuning, logger: Logger, isAllowedUrl?: (url: string) => boolean): HttpClient {
  const pacer = new ConversationPacer(tuning.limits, tuning.time);
  return {
    async sendRequest(request: WebResource): Promise<HttpResponse> {
      if (isAllowedUrl && !isAllowedUrl(request.url)) {
        throw new TeamsError("teams_service_url_refused", "Teams request to a service URL outside this machine refused (unauthenticated mode)");
      }
      const conversation = conversationOf(request.url);
      let last = "no attempt";
      for (let attempt = 1; attempt <= tuning.maxAttempts; attempt++) {
        if (conversation) await pacer.acquire(conversation);
        const { response, failure } = await sendOnce(request, tuning.timeoutMs);
        if (response && !RETRIED.has(response.status)) return response;
        last = response ? `HTTP ${response.status}` : (failure ?? "failure");
        const retryAfter = retryAfterMs(response?.headers.get("retry-after"));
        const wait = retryAfter ?? tuning.backoffMs(attempt);
        if (attempt === tuning.maxAttempts || wait > tuning.maxRetryAfterMs) break;
        logger.warn({ status: response?.status, failure, attempt, waitMs: Math.round(wait) }, "Teams request not delivered; retrying");
        await tuning.time.sleep(wait);
      }
      throw new TeamsError("teams_delivery_failed", `Teams request gave up after ${last}`, statusFrom(last));
    },
  };
}

type Outcome = { response?: HttpResponse; failure?: string };

async function sendOnce(request: WebResource, timeoutMs: number): Promise<Outcome> {
  const headers = request.headers.toJson({ preserveCase: true });
  for (const name of Object.keys(headers)) if (/^(content-length|host|connection)$/i.test(name)) delete headers[name];
  const body = request.body === undefined || typeof request.body === "string" ? request.body : JSON.stringify(request.body);
  try {
    const response = await sendRequest({ url: request.url, method: request.method, headers, body, timeoutMs, signal: toAbortSignal(request.abortSignal) });
    return { response: { request, status: response.status, headers: ResponseHeaders.from(response.headers), bodyAsText: response.body } };
  } catch (error) {
    if (request.abortSignal?.aborted || !(error instanceof RequestFailure)) throw error;
    return { failure: error.kind === "timeout" ? "time-out" : `network error ${error.code}` };
  }
}

/** The SDK's own abort signal type, as node:http takes it. */
function toAbortSignal(like: WebResource["abortSignal"]): AbortSignal | undefined {
  if (!like) return undefined;
  const controller = new AbortController();
  if (like.aborted) controller.abort();
  else like.addEventListener("abort", () => controller.abort());
  return controller.signal;
}

/** "/v3/conversations/<id>/activities…" → the conversation (a thread counts as its channel). */
export function conversationOf(url: string): string | undefined {
  const match = /\/v3\/conversations\/([^/?]+)/.exec(new URL(url).pathname);
  return match ? decodeURIComponent(match[1]!).split(";")[0] : undefined;
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusFrom(last: string): number | undefined {
  const match = /^HTTP (\d+)$/.exec(last);
  return match ? Number(match[1]) : undefined;
}
