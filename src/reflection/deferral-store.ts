import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

/** Which prompt a person put aside: a team prompt (by its run) or a personal one (logbook, teamleider). */
export type DeferralKind = "team" | "logbook" | "lead";
export type DeferralChoice = "skip" | "later";

export interface DeferralSubject {
  userKey: string;
  kind: DeferralKind;
  runId: number | null;
  promptId: string;
  team: string | null;
}

export interface Deferral extends DeferralSubject {
  id: number;
  choice: DeferralChoice;
  remindAt: string | null;
  remindedAt: string | null;
  createdAt: string;
}

const WHERE_SUBJECT = "user_key = @userKey AND kind = @kind AND coalesce(run_id, 0) = coalesce(@runId, 0) AND prompt_id = @promptId";

export function findDeferral(db: Db, subject: DeferralSubject): Deferral | undefined {
  const row = statement(db, `SELECT * FROM prompt_deferrals WHERE ${WHERE_SUBJECT}`).get(subject) as Record<string, unknown> | undefined;
  return row ? toDeferral(row) : undefined;
}

/** "Later": one row per person and prompt, so there is never a second reminder. False when one exists. */
export function saveLater(db: Db, subject: DeferralSubject, remindAt: Date, now: Date): boolean {
  const sql = `INSERT OR IGNORE INTO prompt_deferrals (user_key, kind, run_id, prompt_id, team, choice, remind_at, created_at)
    VALUES (@userKey, @kind, @runId, @promptId, @team, 'later', @remindAt, @now)`;
  return statement(db, sql).run({ ...subject, remindAt: remindAt.toISOString(), now: now.toISOString() }).changes === 1;
}

/** "Overslaan": recorded (a count, no text); a reminder still waiting is called off. */
export function saveSkip(db: Db, subject: DeferralSubject, now: Date): void {
  const changed = statement(db, `UPDATE prompt_deferrals SET choice = 'skip' WHERE ${WHERE_SUBJECT}`).run(subject).changes;
  if (changed === 0) {
    const sql = `INSERT INTO prompt_deferrals (user_key, kind, run_id, prompt_id, team, choice, created_at)
      VALUES (@userKey, @kind, @runId, @promptId, @team, 'skip', @now)`;
    statement(db, sql).run({ ...subject, now: now.toISOString() });
  }
}

/** Reminders whose time has come and that were not sent (nor called off by a skip). */
export function listDueReminders(db: Db, now: Date): Deferral[] {
  const rows = statement(db, "SELECT * FROM prompt_deferrals WHERE reminded_at IS NULL AND choice = 'later' AND remind_at <= ? ORDER BY remind_at, id").all(
    now.toISOString(),
  );
  return (rows as Record<string, unknown>[]).map(toDeferral);
}

/** Takes a reminder for sending, once across processes and restarts. */
export function claimReminder(db: Db, id: number, now: Date): boolean {
  return statement(db, "UPDATE prompt_deferrals SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND choice = 'later'").run(now.toISOString(), id).changes === 1;
}

/** The personal prompts this person skipped: they do not come back in their rotation. */
export function skippedPromptIds(db: Db, userKey: string, kind: DeferralKind): Set<string> {
  const ids = statement(db, "SELECT prompt_id FROM prompt_deferrals WHERE user_key = ? AND kind = ? AND choice = 'skip'").pluck().all(userKey, kind);
  return new Set(ids as string[]);
}

function toDeferral(row: Record<string, unknown>): Deferral {
  return {
    id: Number(row.id),
    userKey: String(row.user_key),
    kind: row.kind as DeferralKind,
    runId: row.run_id === null ? null : Number(row.run_id),
    promptId: String(row.prompt_id),
    team: (row.team as string | null) ?? null,
    choice: row.choice as DeferralChoice,
    remindAt: (row.remind_at as string | null) ?? null,
    remindedAt: (row.reminded_at as string | null) ?? null,
    createdAt: String(row.created_at),
  };
}

/** How often the person skipped a prompt or asked for it later. */
export function countDeferrals(db: Db, userKey: string): { skips: number; laters: number } {
  const row = statement(db, "SELECT sum(choice = 'skip') AS skips, sum(choice = 'later') AS laters FROM prompt_deferrals WHERE user_key = ?").get(userKey) as {
    skips: number | null;
    laters: number | null;
  };
  return { skips: row.skips ?? 0, laters: row.laters ?? 0 };
}
