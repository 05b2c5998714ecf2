import { createHash } from "node:crypto";
import type { SlackPayload } from "./slack-payload.ts";

/** Two presses of one button by one person closer together than this count as one (a double click). */
export const DOUBLE_CLICK_SECONDS = 2;

/**
 * What makes a delivery the same one again, for the core to claim (see DeliveryKeys): Slack retries
 * events (X-Slack-Retry-Num) with the same event_id, a trigger_id comes with one command or shortcut
 * only, and people double-click or press Submit twice.
 */
export function deliveryKeysOf(payload: SlackPayload): string[] {
  switch (payload.kind) {
    case "home-opened":
      return [`event:${payload.eventId}`];
    case "slash-command":
    case "message-shortcut":
      return [`trigger:${payload.triggerId}`];
    case "view-submission":
      // The same view with the same values submitted twice; corrected values are a new submission.
      return [`submit:${payload.viewId}:${payload.viewHash}:${digest(payload.values)}`];
    case "button":
      return clickKeys(payload);
    case "url-verification":
    case "unsupported":
      return [];
  }
}

/**
 * A press claims its time bucket and the next one, so any two presses less than one bucket apart share a
 * key, and presses two buckets apart never do. Slack's action_ts is Slack's clock, the same for both.
 */
function clickKeys(payload: Extract<SlackPayload, { kind: "button" }>): string[] {
  const where = payload.messageTs ?? payload.viewId ?? "";
  const base = `click:${payload.userId}:${where}:${payload.actionId}:${payload.value ?? ""}`;
  const bucket = Math.floor(Number(payload.actionTs) / DOUBLE_CLICK_SECONDS);
  if (!Number.isFinite(bucket)) return [`${base}:${payload.triggerId}`];
  return [`${base}:${bucket}`, `${base}:${bucket + 1}`];
}

function digest(values: Record<string, string>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((key) => [key, values[key]]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 32);
}
