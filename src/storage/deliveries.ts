import type { Db } from "./database.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { keyedHash } from "./install-secret.ts";
import { startOfUtcDay } from "../time/day.ts";

/**
 * Platforms deliver at least once (Slack retries, double clicks, Teams redeliveries).
 * Recording each delivery key in the database, not in memory, keeps that true across restarts and
 * processes. Keys carry user and conversation ids, so only their keyed hash is stored, with the day
 * it arrived: nothing here can be joined to a person, or by time to an anonymous case.
 */
export function isFirstDelivery(db: Db, platform: Platform, key: string, now: Date): boolean {
  const result = db
    .prepare("INSERT OR IGNORE INTO deliveries (platform, key, received_at) VALUES (?, ?, ?)")
    .run(platform, deliveryHash(db, key), startOfUtcDay(now));
  return result.changes === 1;
}

/** Gives a key up again: the delivery changed nothing, so a repeat of it must be handled too. */
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
