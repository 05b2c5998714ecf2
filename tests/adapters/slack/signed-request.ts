import { createHmac } from "node:crypto";

export interface SignedRequestOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  text: string;
  json: Record<string, unknown> | undefined;
}

/** Slack's request body: slash commands as form fields, interactivity as a form field `payload`, events as JSON. */
export type SlackBody = { form: Record<string, string> } | { payload: object } | { json: object };

/**
 * Sends a request the way Slack does: signed with HMAC-SHA256 over "v0:timestamp:body"
 * (https://docs.slack.dev/authentication/verifying-requests-from-slack).
 */
export async function sendSignedRequest(url: string, signingSecret: string, body: SlackBody, options: SignedRequestOptions = {}): Promise<SlackResponse> {
  const { text, headers } = signSlackBody(signingSecret, body, options);
  const response = await fetch(url, { method: "POST", headers, body: text });
  const answer = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = answer ? (JSON.parse(answer) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text: answer, json };
}

/** The body as Slack encodes it, and the headers that sign it. */
export function signSlackBody(signingSecret: string, body: SlackBody, options: SignedRequestOptions = {}): { text: string; headers: Record<string, string> } {
  const { text, contentType } = encode(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", options.secret ?? signingSecret).update(`v0:${timestamp}:${text}`).digest("hex");
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return { text, headers };
}

function encode(body: SlackBody): { text: string; contentType: string } {
  if ("json" in body) return { text: JSON.stringify(body.json), contentType: "application/json" };
  const form = "form" in body ? body.form : { payload: JSON.stringify(body.payload) };
  return { text: new URLSearchParams(form).toString(), contentType: "application/x-www-form-urlencoded" };
}
