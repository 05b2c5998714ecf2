import { formatUser, type UserRef } from "../chat/vocabulary.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

/** Inzage: everything stored about one person, for themselves (AVG right of access). */
export function personalData(db: Db, user: UserRef): { answers: unknown[]; cases: unknown[]; caseEvents: unknown[]; lookbacks: unknown[] } {
  const key = formatUser(user);
  return {
    answers: statement(
      db,
      `SELECT r.team, r.prompt_id AS prompt, a.text, a.score, a.may_highlight AS mayHighlight, a.created_at AS createdAt
         FROM answers a JOIN prompt_runs r ON r.id = a.run_id WHERE a.author = ? ORDER BY a.created_at`,
    ).all(key),
    cases: statement(db, "SELECT reference, team, status, title, created_at AS createdAt FROM cases WHERE submitter = ? OR owner = ?").all(key, key),
    caseEvents: statement(db, "SELECT c.reference, e.at, e.kind, e.to_status AS toStatus FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.actor = ?")
      .all(key),
    // Look-backs asked of them: what they answered stays with the case, and is theirs to see.
    lookbacks: statement(
      db,
      `SELECT c.reference, l.helped, l.rule_changed AS ruleChanged, l.note, l.answered_at AS answeredAt
         FROM lookbacks l JOIN cases c ON c.id = l.case_id WHERE l.person = ? AND l.answered_at IS NOT NULL`,
    ).all(key),
  };
}
