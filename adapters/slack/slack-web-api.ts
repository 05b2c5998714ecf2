import { RequestFailure, sendRequest } from "../../src/http/send-request.ts";
import { SlackError } from "./slack-errors.ts";

export type SlackResult = Record<string, unknown> & { ok?: boolean; response_metadata?: { warnings?: string[] } };

/**
 * Slack's Web API over plain HTTP: a POST per method with the token in the header and the arguments
 * form-encoded (nested values as JSON), as Slack documents (https://docs.slack.dev/apis/web-api/).
 * It only talks and classifies; retrying is SlackApi's job. Bolt's WebClient did the same at three
 * times the CPU per call, most of it spent building debug log lines that are then thrown away.
 */
export class SlackWebApi {
  constructor(
    private readonly token: string,
    private readonly baseUrl = "https://slack.com/api/",
    private readonly timeoutMs = 10_000,
  ) {}

  async apiCall(method: string, args: Record<string, unknown>): Promise<SlackResult> {
    let response;
    try {
      response = await sendRequest({
        url: `${this.baseUrl}${method}`,
        method: "POST",
        headers: { authorization: `Bearer ${this.token}`, "content-type": "application/x-www-form-urlencoded" },
        body: encodeArguments(args),
        timeoutMs: this.timeoutMs,
        platform: "slack",
      });
    } catch (error) {
      const failure = error instanceof RequestFailure ? error : new RequestFailure("timeout", "unknown");
      const code = failure.kind === "unreachable" ? "slack_unreachable" : "slack_timeout";
      throw new SlackError(code, method, failure.code, { cause: error });
    }
    if (response.status === 429) {
      const retryAfterSeconds = Number(response.headers["retry-after"] ?? 1) || 1;
      throw new SlackError("slack_rate_limited", method, `rate limited, retry after ${retryAfterSeconds}s`, { retryAfterSeconds, status: 429 });
    }
    if (response.status >= 500) throw new SlackError("slack_server_error", method, `HTTP ${response.status}`, { status: response.status });
    const result = parseResult(response.body);
    if (response.status !== 200 || !result) throw new SlackError("slack_api_error", method, `HTTP ${response.status}`, { status: response.status });
    if (result.ok !== true) {
      const slackError = typeof result.error === "string" ? result.error : "unknown_error";
      throw new SlackError("slack_api_error", method, slackError, { slackError });
    }
    return result;
  }
}

function encodeArguments(args: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    form.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form.toString();
}

function parseResult(body: string): SlackResult | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as SlackResult) : undefined;
  } catch {
    return undefined;
  }
}
