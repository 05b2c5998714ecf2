import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export type LookbackAnswer = "ja" | "deels" | "nee";
export const LOOKBACK_ANSWERS: readonly LookbackAnswer[] = ["ja", "deels", "nee"];

export type LookbackRole = "owner" | "submitter";

export interface LookbackRecord {
  id: number;
  caseId: number;
  person: string | null;
  role: LookbackRole;
  dueOn: string;
  askedAt: string | null;
  helped: LookbackAnswer | null;
  ruleChanged: LookbackAnswer | null;
  note: string | null;
  answeredAt: string | null;
}

/**
 * Plans the look-back of one person on a decided case. A case decided again before anyone was asked
 * moves the date; one already asked is not asked twice.
 */
export function planLookback(db: Db, caseId: number, role: LookbackRole, person: string, dueOn: string): void {
  statement(
    db,
    `INSERT INTO lookbacks (case_id, person, role, due_on) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id, role) DO UPDATE SET person = excluded.person, due_on = excluded.due_on WHERE asked_at IS NULL`,
  ).run(caseId, person, role, dueOn);
}

export function getLookback(db: Db, id: number): LookbackRecord | undefined {
  const row = statement(db, "SELECT * FROM lookbacks WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toLookback(row) : undefined;
}

export function lookbacksOfCase(db: Db, caseId: number): LookbackRecord[] {
  return (statement(db, "SELECT * FROM lookbacks WHERE case_id = ? ORDER BY id").all(caseId) as Record<string, unknown>[]).map(toLookback);
}

/** Look-backs due by today that nobody was asked yet (an erased person is never asked). */
export function dueLookbacks(db: Db, today: string): LookbackRecord[] {
  const sql = "SELECT * FROM lookbacks WHERE asked_at IS NULL AND due_on <= ? AND person IS NOT NULL ORDER BY due_on, id";
  return (statement(db, sql).all(today) as Record<string, unknown>[]).map(toLookback);
}

/** Marks a look-back as asked; false when it was asked already (a second run sends nothing). */
export function markAsked(db: Db, id: number, now: Date): boolean {
  return statement(db, "UPDATE lookbacks SET asked_at = ? WHERE id = ? AND asked_at IS NULL").run(now.toISOString(), id).changes === 1;
}

export function saveLookbackAnswer(db: Db, id: number, answer: { helped: LookbackAnswer; ruleChanged: LookbackAnswer; note: string }, now: Date): void {
  statement(db, "UPDATE lookbacks SET helped = ?, rule_changed = ?, note = ?, answered_at = ? WHERE id = ?").run(
    answer.helped,
    answer.ruleChanged,
    answer.note || null,
    now.toISOString(),
    id,
  );
}

export interface LookbackTally {
  answered: number;
  helped: Record<LookbackAnswer, number>;
  ruleChanged: Record<LookbackAnswer, number>;
}

/** Look-backs answered in a period, for one team's cases or (team undefined) for all. */
export function tallyLookbacks(db: Db, period: { start: Date; end: Date }, team?: string): LookbackTally {
  const rows = statement(
    db,
    `SELECT l.helped, l.rule_changed FROM lookbacks l JOIN cases c ON c.id = l.case_id
       WHERE l.answered_at >= ? AND l.answered_at < ? AND (? IS NULL OR c.team = ?)`,
  ).all(period.start.toISOString(), period.end.toISOString(), team ?? null, team ?? null) as { helped: LookbackAnswer; rule_changed: LookbackAnswer }[];
  const zero = (): Record<LookbackAnswer, number> => ({ ja: 0, deels: 0, nee: 0 });
  const tally: LookbackTally = { answered: rows.length, helped: zero(), ruleChanged: zero() };
  for (const row of rows) {
    tally.helped[row.helped] += 1;
    tally.ruleChanged[row.rule_changed] += 1;
  }
  return tally;
}

function toLookback(row: Record<string, unknown>): LookbackRecord {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: Number(row.id),
    caseId: Number(row.case_id),
    person: text("person"),
    role: row.role as LookbackRole,
    dueOn: String(row.due_on),
    askedAt: text("asked_at"),
    helped: text("helped") as LookbackAnswer | null,
    ruleChanged: text("rule_changed") as LookbackAnswer | null,
    note: text("note"),
    answeredAt: text("answered_at"),
  };
}
