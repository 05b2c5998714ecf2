import type { Db } from "./database.ts";
import type { Platform } from "../chat/vocabulary.ts";

/**
 * Platforms deliver at least once (Slack retries, double clicks, Teams redeliveries).
 * Recording each delivery key in the database, not in memory, keeps that true across restarts and
 * processes.
 */
export function isFirstDelivery(db: Db, platform: Platform, key: string, now: Date): boolean {
  const result = db
    .prepare("INSERT OR IGNORE INTO deliveries (platform, key, received_at) VALUES (?, ?, ?)")
    .run(platform, key, now.toISOString());
  return result.changes === 1;
}

/** Gives a key up again: the delivery changed nothing, so a repeat of it must be handled too. */
export function forgetDelivery(db: Db, platform: Platform, key: string): void {
  db.prepare("DELETE FROM deliveries WHERE platform = ? AND key = ?").run(platform, key);
}

export function forgetDeliveriesBefore(db: Db, before: Date): number {
  return db.prepare("DELETE FROM deliveries WHERE received_at < ?").run(before.toISOString()).changes;
}
