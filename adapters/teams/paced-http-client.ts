import { STATUS_CODES } from "node:http";
import { HttpError, type HttpClient, type HttpRequestConfig, type HttpResponse } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import { RequestFailure, sendRequest, type IncomingResponse, type OutgoingRequest } from "../../src/http/send-request.ts";
import { ConversationPacer, realTime, TEAMS_LIMITS, type PacerTime, type RateLimit } from "./conversation-pacer.ts";
import { TeamsError } from "./teams-error.ts";

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

/** What an SDK HttpClient adds to each call: its base URL and default headers (the token among them). */
export interface ClientDefaults {
  baseURL?: string;
  headers?: Record<string, string>;
}

export interface PacedHttpClient {
  /** One Bot Connector call as the SDK's HttpClient.request makes it; non-2xx answers throw the SDK's HttpError. */
  request(config: HttpRequestConfig, defaults?: ClientDefaults): Promise<HttpResponse>;
  /** Routes every call of an SDK client (a ConnectorClient's httpClient) through this transport. */
  carry(client: HttpClient): void;
  /** Whether a call to this conversation (a thread counts as its channel) would go without waiting for pacing. */
  hasRoom(conversation: string): boolean;
}

/** Teams asks to retry these (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit). */
const RETRIED = new Set([412, 429, 500, 502, 503, 504]);

/**
 * The transport under the SDK's ConnectorClient: paces per conversation, honours 429 Retry-After and
 * retries 5xx and time-outs, all in one place. The SDK has no transport option (its HttpClient calls
 * global fetch), so `carry` replaces the request method of each client it creates; the SDK does not
 * retry on its own. `isAllowedUrl`, when given, is asked before anything leaves: a refused URL is never called.
 */
export function createPacedHttpClient(tuning: DeliveryTuning, logger: Logger, isAllowedUrl?: (url: string) => boolean): PacedHttpClient {
  const pacer = new ConversationPacer(tuning.limits, tuning.time);
  const request = async (config: HttpRequestConfig, defaults: ClientDefaults = {}): Promise<HttpResponse> => {
    const outgoing = toOutgoing(config, defaults, tuning.timeoutMs);
    if (isAllowedUrl && !isAllowedUrl(outgoing.url)) {
      throw new TeamsError("teams_service_url_refused", "Teams request to a service URL outside this machine refused (unauthenticated mode)");
    }
    const conversation = conversationOf(outgoing.url);
    let last = "no attempt";
    for (let attempt = 1; attempt <= tuning.maxAttempts; attempt++) {
      if (conversation) await pacer.acquire(conversation);
      const { response, failure } = await sendOnce(outgoing);
      if (response && !RETRIED.has(response.status)) return toSdkResponse(response, config);
      last = response ? `HTTP ${response.status}` : (failure ?? "failure");
      const retryAfter = retryAfterMs(firstOf(response?.headers["retry-after"]));
      const wait = retryAfter ?? tuning.backoffMs(attempt);
      if (attempt === tuning.maxAttempts || wait > tuning.maxRetryAfterMs) break;
      // The Bot Connector has no idempotency key and no search: a post that timed out may have been shown.
      // It is not sent again blindly here: the outbox records it (teams_delivery_unknown, visible in
      // `npm run cli -- outbox`) and sends it again later, a possible duplicate rather than a lost message.
      if (!response && isCreate(outgoing)) {
        throw new TeamsError("teams_delivery_unknown", `Teams post timed out after ${attempt} attempt(s); it may have arrived`);
      }
      logger.warn({ status: response?.status, failure, attempt, waitMs: Math.round(wait) }, "Teams request not delivered; retrying");
      await tuning.time.sleep(wait);
    }
    throw new TeamsError("teams_delivery_failed", `Teams request gave up after ${last}`, statusFrom(last));
  };
  return {
    request,
    hasRoom: (conversation) => pacer.hasRoom(conversation.split(";")[0]!),
    carry(client) {
      const carried = (config: HttpRequestConfig) => request(config, { baseURL: client.baseURL, headers: client.defaultHeaders });
      client.request = carried as HttpClient["request"];
    },
  };
}

/** The request as the SDK's HttpClient would build it: base URL, query, merged headers, JSON body. */
function toOutgoing(config: HttpRequestConfig, defaults: ClientDefaults, timeoutMs: number): OutgoingRequest {
  const url = new URL(/^https?:\/\//.test(config.url) ? config.url : `${(defaults.baseURL ?? "").replace(/\/+$/, "")}/${config.url.replace(/^\/+/, "")}`);
  for (const [name, value] of Object.entries(config.params ?? {})) if (value !== undefined) url.searchParams.set(name, value);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...defaults.headers, ...config.headers })) {
    if (typeof value === "string" && !/^(content-length|host|connection)$/i.test(name)) headers[name.toLowerCase()] = value;
  }
  let body: string | undefined;
  if (typeof config.data === "string") body = config.data;
  else if (config.data !== undefined && config.data !== null) {
    body = JSON.stringify(config.data);
    headers["content-type"] ??= "application/json";
  }
  return { url: url.toString(), method: config.method.toUpperCase(), headers, body, timeoutMs: config.timeout ?? timeoutMs, signal: config.signal, platform: "msteams" };
}

type Outcome = { response?: IncomingResponse; failure?: string };

/** A request that creates a message (a post, a reply, a new conversation): not safe to repeat blindly. */
function isCreate(outgoing: OutgoingRequest): boolean {
  return outgoing.method === "POST" && /\/v3\/conversations(\/[^/]+\/activities(\/[^/]+)?)?\/?$/.test(new URL(outgoing.url).pathname);
}

async function sendOnce(outgoing: OutgoingRequest): Promise<Outcome> {
  try {
    return { response: await sendRequest(outgoing) };
  } catch (error) {
    if (outgoing.signal?.aborted || !(error instanceof RequestFailure)) throw error;
    return { failure: error.kind === "timeout" ? "time-out" : `network error ${error.code}` };
  }
}

/** The SDK's response shape (parsed JSON, fetch Headers); a refusal throws its HttpError with `status`. */
function toSdkResponse(incoming: IncomingResponse, config: HttpRequestConfig): HttpResponse {
  let data: unknown = incoming.body;
  try {
    data = JSON.parse(incoming.body);
  } catch {
    // Not JSON: the text as it came.
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const response: HttpResponse = { data, status: incoming.status, statusText: STATUS_CODES[incoming.status] ?? "", headers, config };
  if (incoming.status < 200 || incoming.status >= 300) throw new HttpError(`Request failed with status ${incoming.status}`, response, config);
  return response;
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

function firstOf(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

function statusFrom(last: string): number | undefined {
  const match = /^HTTP (\d+)$/.exec(last);
  return match ? Number(match[1]) : undefined;
}
