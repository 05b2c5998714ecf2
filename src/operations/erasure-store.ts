import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

/** What erasing a person removed from the core's own tables (the learning loop and teams count apart). */
export interface CoreErasure {
  answers: number;
  logbookEntries: number;
  logbookSubscriptions: number;
  casesDeidentified: number;
  auditEntries: number;
  conversations: number;
  /** Skipped prompts and reminders asked for ("Overslaan", "Herinner me later"): deleted. */
  promptDeferrals: number;
}

/**
 * Removes a person (by user key) from answers, logbook, conversation references and waiting direct
 * messages; cases stay without their identity and audit entries keep what happened but not who.
 * Run it inside the erasure's transaction.
 */
export function eraseFromCoreRecords(db: Db, key: string): CoreErasure {
  const run = (sql: string) => statement(db, sql).run(key).changes;
  const answers = run("DELETE FROM answers WHERE author = ?");
  const logbookEntries = run("DELETE FROM logbook_entries WHERE user_key = ?");
  const logbookSubscriptions = run("DELETE FROM logbook_subscriptions WHERE user_key = ?");
  // Which personal prompts they were sent, and direct messages to them still waiting in the outbox.
  run("DELETE FROM personal_prompt_sends WHERE user_key = ?");
  statement(db, "DELETE FROM outbox WHERE lane = ?").run(`direct:${key}`);
  run("UPDATE outbox SET args = json_set(args, '$.actor', NULL) WHERE json_extract(args, '$.actor') = ?");
  const casesDeidentified = statement(
    db,
    `UPDATE cases SET submitter = nullif(submitter, @key), owner = nullif(owner, @key)
     WHERE submitter = @key OR owner = @key`,
  ).run({ key }).changes;
  const auditEntries = run("UPDATE case_events SET actor = NULL, is_actor_erased = 1 WHERE actor = ?");
  const conversations = run("DELETE FROM conversations WHERE user_key = ?");
  const promptDeferrals = run("DELETE FROM prompt_deferrals WHERE user_key = ?");
  return { answers, logbookEntries, logbookSubscriptions, casesDeidentified, auditEntries, conversations, promptDeferrals };
}

/** The erasure itself is recorded with counts only, never with the identity. */
export function recordErasure(db: Db, counts: Pick<CoreErasure, "answers" | "casesDeidentified" | "auditEntries" | "conversations">, now: Date): void {
  statement(db, "INSERT INTO erasures (at, answers, cases, events, conversations) VALUES (?, ?, ?, ?, ?)").run(
    now.toISOString(),
    counts.answers,
    counts.casesDeidentified,
    counts.auditEntries,
    counts.conversations,
  );
}
