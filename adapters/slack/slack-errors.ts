import { webApi } from "@slack/bolt";

/** Our stable codes for what can go wrong when talking to Slack (STYLE.md §6). */
export type SlackErrorCode =
  /** Slack answered 429; `retryAfterSeconds` says when to try again. The call was not carried out. */
  | "slack_rate_limited"
  /** Slack answered 5xx. The call was not carried out. */
  | "slack_server_error"
  /** No answer in time (or the connection broke mid-way): Slack may or may not have carried it out. */
  | "slack_timeout"
  /** The request never reached Slack (refused, unknown host). */
  | "slack_unreachable"
  /** Slack answered ok:false; `slackError` holds Slack's own error string (e.g. channel_not_found). */
  | "slack_api_error"
  /** A post timed out and could not be confirmed afterwards; it was not sent again to avoid a duplicate. */
  | "slack_delivery_unknown"
  /** Something we were asked to show does not fit Slack's limits. */
  | "slack_invalid_content"
  | "slack_unexpected";

export class SlackError extends Error {
  constructor(
    readonly code: SlackErrorCode,
    readonly method: string,
    message: string,
    readonly details: { retryAfterSeconds?: number; status?: number; slackError?: string; cause?: unknown } = {},
  ) {
    super(`${method}: ${message}`, { cause: details.cause });
    this.name = "SlackError";
  }

  /** Whether trying the same call again can help. */
  get isRetryable(): boolean {
    return ["slack_rate_limited", "slack_server_error", "slack_timeout", "slack_unreachable"].includes(this.code);
  }

  /** Whether Slack certainly did not carry out the call, so sending it again cannot duplicate anything. */
  get isCertainlyNotDone(): boolean {
    return this.code !== "slack_timeout";
  }
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** The one place where the Slack SDK's errors become ours. */
export function toSlackError(error: unknown, method: string): SlackError {
  if (error instanceof SlackError) return error;
  const ErrorCode = webApi.ErrorCode;
  const coded = error as { code?: unknown };
  if (coded?.code === ErrorCode.RateLimitedError) {
    const retryAfterSeconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
    return new SlackError("slack_rate_limited", method, `rate limited, retry after ${retryAfterSeconds}s`, { retryAfterSeconds, cause: error });
  }
  if (coded?.code === ErrorCode.HTTPError) {
    const status = (error as webApi.WebAPIHTTPError).statusCode;
    const code = status >= 500 ? "slack_server_error" : "slack_api_error";
    return new SlackError(code, method, `HTTP ${status}`, { status, cause: error });
  }
  if (coded?.code === ErrorCode.PlatformError) {
    const slackError = (error as webApi.WebAPIPlatformError).data.error;
    return new SlackError("slack_api_error", method, slackError, { slackError, cause: error });
  }
  if (coded?.code === ErrorCode.RequestError) {
    const original = (error as webApi.WebAPIRequestError).original as Error & { cause?: { code?: string } };
    if (UNREACHABLE.has(original?.cause?.code ?? "")) {
      return new SlackError("slack_unreachable", method, original.cause!.code!, { cause: error });
    }
    return new SlackError("slack_timeout", method, original?.name ?? "no answer", { cause: error });
  }
  return new SlackError("slack_unexpected", method, error instanceof Error ? error.message : String(error), { cause: error });
}

/** Slack's error strings that mean "you cannot show this person a message here". */
export function isNotReachableHere(error: unknown): boolean {
  const slackError = error instanceof SlackError ? error.details.slackError : undefined;
  return ["channel_not_found", "not_in_channel", "user_not_in_channel", "is_archived", "restricted_action"].includes(slackError ?? "");
}
