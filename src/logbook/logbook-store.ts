import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export interface LogbookSubscription {
  userKey: string;
  /** 1 = Monday … 7 = Sunday; 0 = every working day. */
  weekday: number;
  time: string;
  language: "nl" | "en";
  lastSlot: string | null;
}

export function subscribe(db: Db, subscription: Omit<LogbookSubscription, "lastSlot">, now: Date): void {
  statement(
    db,
    `INSERT INTO logbook_subscriptions (user_key, weekday, time, language, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_key) DO UPDATE SET weekday = excluded.weekday, time = excluded.time, language = excluded.language`,
  ).run(subscription.userKey, subscription.weekday, subscription.time, subscription.language, now.toISOString());
}

export function unsubscribe(db: Db, userKey: string): boolean {
  return statement(db, "DELETE FROM logbook_subscriptions WHERE user_key = ?").run(userKey).changes === 1;
}

export function findSubscription(db: Db, userKey: string): LogbookSubscription | undefined {
  const row = statement(db, "SELECT * FROM logbook_subscriptions WHERE user_key = ?").get(userKey) as Record<string, unknown> | undefined;
  return row ? toSubscription(row) : undefined;
}

export function listSubscriptions(db: Db): LogbookSubscription[] {
  return (statement(db, "SELECT * FROM logbook_subscriptions").all() as Record<string, unknown>[]).map(toSubscription);
}

export function addEntry(db: Db, userKey: string, promptId: string, text: string, now: Date): void {
  statement(db, "INSERT INTO logbook_entries (user_key, prompt_id, text, created_at) VALUES (?, ?, ?, ?)").run(
    userKey,
    promptId,
    text,
    now.toISOString(),
  );
}

export interface LogbookEntry {
  promptId: string;
  text: string;
  createdAt: string;
}

export function listEntries(db: Db, userKey: string): LogbookEntry[] {
  return statement(db, "SELECT prompt_id AS promptId, text, created_at AS createdAt FROM logbook_entries WHERE user_key = ? ORDER BY created_at")
    .all(userKey) as LogbookEntry[];
}

function toSubscription(row: Record<string, unknown>): LogbookSubscription {
  return {
    userKey: String(row.user_key),
    weekday: Number(row.weekday),
    time: String(row.time),
    language: row.language as "nl" | "en",
    lastSlot: (row.last_slot as string | null) ?? null,
  };
}

/** Whether the person wrote an entry for this prompt since then (an ISO time). */
export function hasEntrySince(db: Db, userKey: string, promptId: string, since: string): boolean {
  return statement(db, "SELECT 1 FROM logbook_entries WHERE user_key = ? AND prompt_id = ? AND created_at >= ?").get(userKey, promptId, since) !== undefined;
}
