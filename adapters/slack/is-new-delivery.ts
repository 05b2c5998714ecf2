import { createHash } from "node:crypto";
import type { Db } from "../../src/storage/database.ts";
import { forgetDelivery, isFirstDelivery } from "../../src/storage/deliveries.ts";
import type { SlackPayload } from "./slack-payload.ts";

/** Two presses of one button by one person closer together than this count as one (a double click). */
export const DOUBLE_CLICK_SECONDS = 2;

/**
 * Slack delivers at least once: events are retried (X-Slack-Retry-Num) with the same event_id, and
 * people double-click. Each delivery claims its keys in the database, so a repeat is recognised across
 * restarts and processes; a payload is new only when all its keys were still free.
 */
export function isNewDelivery(db: Db, payload: SlackPayload, now: Date): boolean {
  const claims = deliveryKeysOf(payload).map((key) => isFirstDelivery(db, "slack", key, now));
  return claims.every(Boolean);
}

/**
 * A refused form changed nothing; submitted again unchanged it must be refused again, with its errors,
 * instead of being taken for a repeat and closed without a word.
 */
export function forgetRefusedDelivery(db: Db, payload: SlackPayload): void {
  for (const key of deliveryKeysOf(payload)) forgetDelivery(db, "slack", key);
}

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
