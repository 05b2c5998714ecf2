import { inTransactionWithoutFlush, type Db } from "./database.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { keyedHash } from "./install-secret.ts";
import { statement } from "./statements.ts";
import { startOfUtcDay } from "../time/day.ts";

/**
 * Platforms deliver at least once (Slack retries, double clicks, Teams redeliveries).
 * Recording each delivery key in the database, not in memory, keeps that true across restarts and
 * processes. Keys carry user and conversation ids, so only their keyed hash is stored, with the day
 * it arrived: nothing here can be joined to a person, or by time to an anonymous case.
 */
export function isFirstDelivery(db: Db, platform: Platform, key: string, now: Date): boolean {
  const result = statement(db, "INSERT OR IGNORE INTO deliveries (platform, key, received_at) VALUES (?, ?, ?)").run(
    platform,
    deliveryHash(db, key),
    startOfUtcDay(now),
  );
  return result.changes === 1;
}

/**
 * Claims every key of one delivery; it is new only when none was claimed before. All are claimed even
 * when one was taken, so that a double click's neighbouring keys hold for the press after it too.
 */
export function claimDelivery(db: Db, platform: Platform, keys: readonly string[], now: Date): boolean {
  return keys.map((key) => isFirstDelivery(db, platform, key, now)).every(Boolean);
}

/**
 * Claims keys that are all a delivery wrote, without a flush to disk: a power cut may lose them, which
 * only lets a repeat be handled once more. A later commit with synchronous = FULL flushes them too.
 */
export function claimDeliveryWithoutFlush(db: Db, platform: Platform, keys: readonly string[], now: Date): boolean {
  return inTransactionWithoutFlush(db, () => claimDelivery(db, platform, keys, now));
}

/** Gives a delivery's keys up again: it changed nothing, so a repeat of it must be handled too. */
export function releaseDelivery(db: Db, platform: Platform, keys: readonly string[]): void {
  for (const key of keys) forgetDelivery(db, platform, key);
}

export function forgetDelivery(db: Db, platform: Platform, key: string): void {
  db.prepare("DELETE FROM deliveries WHERE platform = ? AND key = ?").run(platform, deliveryHash(db, key));
}

/** Whether a delivery with this key was recorded (for tests and the fault suite). */
export function wasDelivered(db: Db, platform: Platform, key: string): boolean {
  return db.prepare("SELECT 1 FROM deliveries WHERE platform = ? AND key = ?").get(platform, deliveryHash(db, key)) !== undefined;
}

export function forgetDeliveriesBefore(db: Db, before: Date): number {
  return db.prepare("DELETE FROM deliveries WHERE received_at < ?").run(before.toISOString()).changes;
}

function deliveryHash(db: Db, key: string): string {
  return keyedHash(db, `delivery:${key}`);
}

/** Rows this connection has inserted, updated or deleted since it was opened: shows whether a route wrote. */
export function changesSoFar(db: Db): number {
  return statement(db, "SELECT total_changes()").pluck().get() as number;
}
