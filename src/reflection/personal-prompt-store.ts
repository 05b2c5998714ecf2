import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import type { PersonalKind } from "./personal-prompts.ts";

// Which personal prompts (logbook, teamleider) were sent to whom in the current round.

export function listSentPersonalPrompts(db: Db, userKey: string, kind: PersonalKind): Set<string> {
  return new Set(statement(db, "SELECT prompt_id FROM personal_prompt_sends WHERE user_key = ? AND kind = ?").pluck().all(userKey, kind) as string[]);
}

export function wasPersonalPromptSent(db: Db, userKey: string, kind: string, promptId: string): boolean {
  return statement(db, "SELECT 1 FROM personal_prompt_sends WHERE user_key = ? AND kind = ? AND prompt_id = ?").get(userKey, kind, promptId) !== undefined;
}

/** Starts a new round: these prompts count as not sent again. */
export function forgetSentPersonalPrompts(db: Db, userKey: string, kind: PersonalKind, promptIds: string[]): void {
  statement(db, "DELETE FROM personal_prompt_sends WHERE user_key = ? AND kind = ? AND prompt_id IN (SELECT value FROM json_each(?))").run(
    userKey,
    kind,
    JSON.stringify(promptIds),
  );
}

/** Records a send for this slot; false when it was recorded before (the slot ran already). */
export function recordPersonalPromptSend(db: Db, send: { userKey: string; kind: PersonalKind; promptId: string; slot: string; sentOn: string }): boolean {
  const recorded = statement(db, "INSERT OR IGNORE INTO personal_prompt_sends (user_key, kind, prompt_id, slot, sent_on) VALUES (?, ?, ?, ?, ?)").run(
    send.userKey,
    send.kind,
    send.promptId,
    send.slot,
    send.sentOn,
  );
  return recorded.changes === 1;
}
