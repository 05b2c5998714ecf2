import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// Deleting what is older than the configured retention. Each function takes an ISO cutoff and returns
// how many rows went; run them inside retention's transaction.

export function deleteAnswersBefore(db: Db, cutoff: string): number {
  return statement(db, "DELETE FROM answers WHERE updated_at < ?").run(cutoff).changes;
}

export function deleteLogbookEntriesBefore(db: Db, cutoff: string): number {
  return statement(db, "DELETE FROM logbook_entries WHERE created_at < ?").run(cutoff).changes;
}

export function deleteClosedCasesBefore(db: Db, cutoff: string): number {
  return statement(db, "DELETE FROM cases WHERE status = 'closed' AND last_moved_at < ?").run(cutoff).changes;
}

/** Audit entries of closed cases (the cases themselves may be kept longer). */
export function deleteClosedCaseAuditBefore(db: Db, cutoff: string): number {
  return statement(db, "DELETE FROM case_events WHERE at < ? AND case_id IN (SELECT id FROM cases WHERE status = 'closed')").run(cutoff).changes;
}

/** Outbox items given up long ago (an operator did not retry them) may hold message text. */
export function deleteGivenUpOutboxBefore(db: Db, cutoff: string): number {
  return statement(db, "DELETE FROM outbox WHERE status = 'failed' AND created_at < ?").run(cutoff).changes;
}

/**
 * Personal chats and channels nobody configured, not heard from since the cutoff. A configured team
 * channel ("platform id") stays whatever its age: Teams lets the bot post only where it holds a
 * reference, and a quiet triage channel must still receive its cases.
 */
export function deleteUnusedConversations(db: Db, cutoff: string, configuredChannels: string[]): number {
  return statement(
    db,
    `DELETE FROM conversations WHERE updated_at < ?
     AND (kind = 'personal' OR platform || ' ' || conversation_id NOT IN (SELECT value FROM json_each(?)))`,
  ).run(cutoff, JSON.stringify(configuredChannels)).changes;
}

/** Merges the full-text index after cases went, so their words leave its segments. */
export function optimiseCaseIndex(db: Db): void {
  db.exec("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')");
}
