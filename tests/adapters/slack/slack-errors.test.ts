import { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { isNotReachableHere, toSlackError } from "../../../adapters/slack/slack-errors.ts";

// The SDK's errors as the WebClient throws them (see @slack/web-api's errors.ts).
const sdkError = (code: webApi.ErrorCode, fields: object) => Object.assign(new Error("sdk"), { code, ...fields });

describe("translating Slack SDK errors into coded errors", () => {
  it("keeps Retry-After from a 429, as retryable", () => {
    const error = toSlackError(sdkError(webApi.ErrorCode.RateLimitedError, { retryAfter: 3 }), "chat.postMessage");
    expect(error).toMatchObject({ code: "slack_rate_limited", method: "chat.postMessage", details: expect.objectContaining({ retryAfterSeconds: 3 }) });
    expect([error.isRetryable, error.isCertainlyNotDone]).toEqual([true, true]);
  });

  it("calls a 5xx a server error, retryable, and another status an API error", () => {
    expect(toSlackError(sdkError(webApi.ErrorCode.HTTPError, { statusCode: 502 }), "m")).toMatchObject({ code: "slack_server_error", isRetryable: true });
    expect(toSlackError(sdkError(webApi.ErrorCode.HTTPError, { statusCode: 400 }), "m")).toMatchObject({ code: "slack_api_error", isRetryable: false });
  });

  it("keeps Slack's own error string and does not retry it", () => {
    const error = toSlackError(sdkError(webApi.ErrorCode.PlatformError, { data: { ok: false, error: "not_in_channel" } }), "chat.postEphemeral");
    expect(error).toMatchObject({ code: "slack_api_error", isRetryable: false, details: expect.objectContaining({ slackError: "not_in_channel" }) });
    expect(isNotReachableHere(error)).toBe(true);
  });

  it("tells a request that never arrived from one whose outcome is unknown", () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const timedOut = Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" });
    expect(toSlackError(sdkError(webApi.ErrorCode.RequestError, { original: refused }), "m")).toMatchObject({ code: "slack_unreachable", isCertainlyNotDone: true });
    expect(toSlackError(sdkError(webApi.ErrorCode.RequestError, { original: timedOut }), "m")).toMatchObject({ code: "slack_timeout", isCertainlyNotDone: false });
  });

  it("codes anything else as unexpected", () => {
    expect(toSlackError(new Error("boom"), "m")).toMatchObject({ code: "slack_unexpected", isRetryable: false });
  });
});
