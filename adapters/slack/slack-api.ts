import type { Logger } from "pino";
import { wait } from "./channel-pacer.ts";
import { SlackError, toSlackError } from "./slack-errors.ts";
import type { SlackTuning } from "./slack-tuning.ts";
import type { SlackResult, SlackWebApi } from "./slack-web-api.ts";

export interface CallOptions<T> {
  /** Doing it twice changes nothing (reads, chat.update, views.publish), so a timeout may simply be retried. */
  isIdempotent?: boolean;
  /** After a timeout of a call that is not idempotent: finds out whether Slack carried it out after all. */
  confirm?: () => Promise<T | undefined>;
  /** Runs before every attempt, e.g. to wait for the channel's turn. */
  beforeAttempt?: () => Promise<void>;
}

/**
 * Every Web API call goes through here. The WebClient's own retries are off, so this is the one retry
 * policy: 429 waits for Retry-After, 5xx and timeouts back off exponentially, and a call that might
 * already have been carried out is only sent again when we know it was not.
 */
export class SlackApi {
  constructor(
    private readonly client: SlackWebApi,
    private readonly tuning: SlackTuning,
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = wait,
  ) {}

  async call<T = SlackResult>(method: string, args: Record<string, unknown>, options: CallOptions<T> = {}): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      await options.beforeAttempt?.();
      try {
        const result = await this.client.apiCall(method, args);
        // Slack's way of saying an argument is deprecated or was corrected; operators should hear of it.
        const warnings = result.response_metadata?.warnings;
        if (warnings?.length) this.logger.warn({ method, warnings }, "slack accepted the call with warnings");
        return result as T;
      } catch (raw) {
        const error = toSlackError(raw, method);
        this.logger.warn({ method, code: error.code, slackError: error.details.slackError, attempt }, "slack call failed");
        if (!error.isRetryable) throw error;
        if (!error.isCertainlyNotDone && !options.isIdempotent) {
          const done = await this.confirm(method, options);
          if (done !== undefined) return done;
        }
        if (attempt >= this.tuning.attempts || this.isTooLongToWait(error)) throw error;
        await this.sleep(this.delayBefore(attempt + 1, error));
      }
    }
  }

  private async confirm<T>(method: string, options: CallOptions<T>): Promise<T | undefined> {
    if (!options.confirm) {
      throw new SlackError("slack_delivery_unknown", method, "timed out and cannot be confirmed; not sent again");
    }
    try {
      return await options.confirm();
    } catch (cause) {
      throw new SlackError("slack_delivery_unknown", method, "timed out and the check failed; not sent again", { cause });
    }
  }

  private isTooLongToWait(error: SlackError): boolean {
    return error.code === "slack_rate_limited" && (error.details.retryAfterSeconds ?? 1) > this.tuning.maxRetryAfterSeconds;
  }

  private delayBefore(attempt: number, error: SlackError): number {
    if (error.code === "slack_rate_limited") return (error.details.retryAfterSeconds ?? 1) * this.tuning.retryAfterUnitMs;
    return this.tuning.backoffMs * 2 ** (attempt - 2);
  }
}
