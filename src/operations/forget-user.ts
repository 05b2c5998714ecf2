import { formatUser, type UserRef } from "../chat/vocabulary.ts";
import { inTransaction, type Db } from "../storage/database.ts";

export interface ErasureReport {
  answers: number;
  logbook: number;
  casesDeidentified: number;
  auditEntries: number;
  conversations: number;
}

/**
 * AVG/GDPR erasure of one person: their answers go; cases stay, without their identity; audit entries
 * keep what happened but not who (a tombstone: is_actor_erased); stored conversation references go.
 * The erasure itself is recorded with counts only, never with the identity.
 */
export function forgetUser(db: Db, user: UserRef, now: Date): ErasureReport {
  const key = formatUser(user);
  const report = erase(db, key, now);
  // secure_delete zeroes the old content; the checkpoint moves that from the WAL into the file.
  db.pragma("wal_checkpoint(TRUNCATE)");
  return report;
}

function erase(db: Db, key: string, now: Date): ErasureReport {
  return inTransaction(db, () => {
    const answers = db.prepare("DELETE FROM answers WHERE author = ?").run(key).changes;
    const logbook =
      db.prepare("DELETE FROM logbook_entries WHERE user_key = ?").run(key).changes +
      db.prepare("DELETE FROM logbook_subscriptions WHERE user_key = ?").run(key).changes;
    const submitted = db.prepare("UPDATE cases SET submitter = NULL WHERE submitter = ?").run(key).changes;
    const owned = db.prepare("UPDATE cases SET owner = NULL WHERE owner = ?").run(key).changes;
    const auditEntries = db.prepare("UPDATE case_events SET actor = NULL, is_actor_erased = 1 WHERE actor = ?").run(key).changes;
    const conversations = db.prepare("DELETE FROM conversations WHERE user_key = ?").run(key).changes;
    const report = { answers, logbook, casesDeidentified: submitted + owned, auditEntries, conversations };
    db.prepare("INSERT INTO erasures (at, answers, cases, events, conversations) VALUES (?, ?, ?, ?, ?)").run(
      now.toISOString(),
      answers,
      report.casesDeidentified,
      auditEntries,
      conversations,
    );
    return report;
  });
}
