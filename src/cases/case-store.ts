import type { Db } from "../storage/database.ts";
import { inTransaction } from "../storage/database.ts";
import { startOfUtcDay } from "../time/day.ts";
import { normaliseRule } from "./rule-key.ts";
import { WAITING_STATUSES } from "./case-model.ts";
import type { CaseEvent, CaseRecord, CaseStatus, CustomerRole, DecisionLevel, Outcome, PublicValue, RuleLevel, Urgency } from "./case-model.ts";
import { toCase } from "./case-row.ts";
import { statement } from "../storage/statements.ts";

export { toCase };

export interface NewCase {
  team: string;
  title: string;
  situation: string;
  citizenNeed: string;
  customerRole: CustomerRole | null;
  rule: string;
  ruleLevel: RuleLevel;
  unwantedEffect: string;
  bedoeling: string;
  roomWithinRule: string;
  proposal: string;
  ifNothingIsDone: string;
  urgency: Urgency;
  /** null for anonymous cases: then no identity is stored anywhere. */
  submitter: string | null;
  platform: string;
  sourceAnswerId: number | null;
  /** Keyed hash of an anonymous submitter's receipt; null for named cases. */
  receiptHash: string | null;
}

/**
 * Stores a new case with its reference and the first audit entry, all or nothing. An anonymous case
 * is stamped with the day only, so that no time stored elsewhere (a request, a chat) can be joined to it.
 */
export function insertCase(db: Db, input: NewCase, now: Date): CaseRecord {
  return inTransaction(db, () => {
    const reference = nextReference(db, now.getUTCFullYear());
    const at = input.submitter === null ? startOfUtcDay(now) : now.toISOString();
    const result = statement(
      db,
      `INSERT INTO cases (reference, team, status, title, situation, citizen_need, customer_role, rule, rule_level,
           unwanted_effect, bedoeling, room_within_rule, proposal, if_nothing_is_done, urgency, is_anonymous, submitter,
           platform, source_answer_id, created_at, last_moved_at, rule_key, receipt_hash)
         VALUES (@reference, @team, 'submitted', @title, @situation, @citizenNeed, @customerRole, @rule, @ruleLevel,
           @unwantedEffect, @bedoeling, @roomWithinRule, @proposal, @ifNothingIsDone, @urgency, @isAnonymous, @submitter,
           @platform, @sourceAnswerId, @at, @at, @ruleKey, @receiptHash)`,
    ).run({ ...input, reference, at, isAnonymous: input.submitter === null ? 1 : 0, ruleKey: normaliseRule(input.rule) });
    const id = Number(result.lastInsertRowid);
    addEvent(db, { caseId: id, at, actor: input.submitter, kind: "move", fromStatus: null, toStatus: "submitted", note: null });
    return getCase(db, id)!;
  });
}

/** References read G-2026-0042: the year and a counter that restarts each year. */
function nextReference(db: Db, year: number): string {
  statement(db, "INSERT INTO reference_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1").run(year);
  const last = statement(db, "SELECT last FROM reference_counters WHERE year = ?").pluck().get(year) as number;
  return `G-${year}-${String(last).padStart(4, "0")}`;
}

export function getCase(db: Db, id: number): CaseRecord | undefined {
  const row = statement(db, "SELECT * FROM cases WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toCase(row) : undefined;
}

export function findCaseByReference(db: Db, reference: string): CaseRecord | undefined {
  const row = statement(db, "SELECT * FROM cases WHERE reference = ? COLLATE NOCASE").get(reference.trim()) as
    | Record<string, unknown>
    | undefined;
  return row ? toCase(row) : undefined;
}

export function findCaseByReceiptHash(db: Db, hash: string): CaseRecord | undefined {
  const row = statement(db, "SELECT * FROM cases WHERE receipt_hash = ?").get(hash) as Record<string, unknown> | undefined;
  return row ? toCase(row) : undefined;
}

export interface CaseChange {
  status: CaseStatus;
  owner?: string | null;
  outcome?: Outcome;
  reasons?: string;
  decisionLevel?: DecisionLevel | null;
  publicValues?: PublicValue[];
  otherValues?: string | null;
  escalatedTo?: string;
  escalationQuestion?: string;
  pausedUntil?: string | null;
  closeReason?: string;
}

/**
 * Moves a case and writes the audit entry in one transaction. Returns undefined when someone else
 * moved the case first (its status is no longer `from`), so a double click cannot move it twice.
 */
export function moveCase(
  db: Db,
  caseId: number,
  from: CaseStatus,
  change: CaseChange,
  actor: string | null,
  note: string | null,
  now: Date,
): CaseRecord | undefined {
  return inTransaction(db, () => {
    const at = now.toISOString();
    const updated = statement(
      db,
      `UPDATE cases SET status = @status,
           owner = CASE WHEN @setOwner THEN @owner ELSE owner END,
           outcome = coalesce(@outcome, outcome), reasons = coalesce(@reasons, reasons),
           decision_level = CASE WHEN @setDecision THEN @decisionLevel ELSE decision_level END,
           public_values = CASE WHEN @setDecision THEN @publicValues ELSE public_values END,
           other_values = CASE WHEN @setDecision THEN @otherValues ELSE other_values END,
           escalated_to = coalesce(@escalatedTo, escalated_to),
           escalation_question = coalesce(@escalationQuestion, escalation_question),
           paused_until = CASE WHEN @setPausedUntil THEN @pausedUntil ELSE paused_until END,
           close_reason = coalesce(@closeReason, close_reason),
           last_moved_at = @at, nudged_at = NULL
         WHERE id = @id AND status = @from`,
    ).run({
        id: caseId,
        from,
        at,
        status: change.status,
        setOwner: change.owner !== undefined ? 1 : 0,
        owner: change.owner ?? null,
        outcome: change.outcome ?? null,
        reasons: change.reasons ?? null,
        // A decision replaces the level and values of an earlier one, also with "none".
        setDecision: change.outcome !== undefined ? 1 : 0,
        decisionLevel: change.decisionLevel ?? null,
        publicValues: change.publicValues?.join(",") ?? null,
        otherValues: change.otherValues || null,
        escalatedTo: change.escalatedTo ?? null,
        escalationQuestion: change.escalationQuestion ?? null,
        setPausedUntil: change.pausedUntil !== undefined ? 1 : 0,
        pausedUntil: change.pausedUntil ?? null,
        closeReason: change.closeReason ?? null,
      });
    if (updated.changes === 0) return undefined;
    addEvent(db, { caseId, at, actor, kind: "move", fromStatus: from, toStatus: change.status, note });
    return getCase(db, caseId);
  });
}

export function recordRefusal(db: Db, caseId: number, actor: string, note: string, now: Date): void {
  addEvent(db, { caseId, at: now.toISOString(), actor, kind: "refused", fromStatus: null, toStatus: null, note });
}

export function listEvents(db: Db, caseId: number): CaseEvent[] {
  const rows = statement(db, "SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id").all(caseId) as Record<string, unknown>[];
  return rows.map((row) => ({
    id: Number(row.id),
    caseId: Number(row.case_id),
    at: String(row.at),
    actor: (row.actor as string | null) ?? null,
    kind: row.kind as CaseEvent["kind"],
    fromStatus: (row.from_status as CaseStatus | null) ?? null,
    toStatus: (row.to_status as CaseStatus | null) ?? null,
    note: (row.note as string | null) ?? null,
  }));
}

export function markNudged(db: Db, caseId: number, now: Date): void {
  statement(db, "UPDATE cases SET nudged_at = ? WHERE id = ?").run(now.toISOString(), caseId);
}

/** The cases a person brought in (by name) that are still open, newest first. */
export function listOpenCasesOf(db: Db, submitter: string): CaseRecord[] {
  const rows = statement(db, "SELECT * FROM cases WHERE submitter = ? AND status != 'closed' ORDER BY created_at DESC LIMIT 20").all(submitter);
  return (rows as Record<string, unknown>[]).map(toCase);
}

const WAITING_LIST = WAITING_STATUSES.map((status) => `'${status}'`).join(", ");

/** Waiting cases that have no triage post yet. */
export function listUnpostedCases(db: Db): CaseRecord[] {
  const rows = statement(
    db,
    `SELECT * FROM cases WHERE status IN (${WAITING_LIST})
       AND NOT EXISTS (SELECT 1 FROM case_posts p WHERE p.case_id = cases.id)`,
  ).all();
  return (rows as Record<string, unknown>[]).map(toCase);
}

/** Settling cases whose date (a local YYYY-MM-DD) has come. */
export function listSettledCasesDue(db: Db, today: string): CaseRecord[] {
  const rows = statement(db, "SELECT * FROM cases WHERE status = 'settling' AND paused_until <= ?").all(today);
  return (rows as Record<string, unknown>[]).map(toCase);
}

/** Cases with an owner that wait on that owner and were not nudged since their last move. */
export function listOwnedCasesNotNudged(db: Db): CaseRecord[] {
  const rows = statement(db, "SELECT * FROM cases WHERE status IN ('in_progress', 'in_garage', 'escalated') AND owner IS NOT NULL AND nudged_at IS NULL").all();
  return (rows as Record<string, unknown>[]).map(toCase);
}

function addEvent(db: Db, event: Omit<CaseEvent, "id">): void {
  statement(db, "INSERT INTO case_events (case_id, at, actor, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)").run(event.caseId, event.at, event.actor, event.kind, event.fromStatus, event.toStatus, event.note);
}
