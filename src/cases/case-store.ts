import type { Db } from "../storage/database.ts";
import { inTransaction } from "../storage/database.ts";
import { startOfUtcDay } from "../time/day.ts";
import { normaliseRule } from "./rule-key.ts";
import type { CaseEvent, CaseRecord, CaseStatus, Outcome, RuleLevel, Urgency } from "./case-model.ts";

export interface NewCase {
  team: string;
  title: string;
  situation: string;
  rule: string;
  ruleLevel: RuleLevel;
  unwantedEffect: string;
  bedoeling: string;
  proposal: string;
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
    const result = db
      .prepare(
        `INSERT INTO cases (reference, team, status, title, situation, rule, rule_level, unwanted_effect, bedoeling,
           proposal, urgency, is_anonymous, submitter, platform, source_answer_id, created_at, last_moved_at, rule_key,
           receipt_hash)
         VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        reference,
        input.team,
        input.title,
        input.situation,
        input.rule,
        input.ruleLevel,
        input.unwantedEffect,
        input.bedoeling,
        input.proposal,
        input.urgency,
        input.submitter === null ? 1 : 0,
        input.submitter,
        input.platform,
        input.sourceAnswerId,
        at,
        at,
        normaliseRule(input.rule),
        input.receiptHash,
      );
    const id = Number(result.lastInsertRowid);
    addEvent(db, { caseId: id, at, actor: input.submitter, kind: "move", fromStatus: null, toStatus: "submitted", note: null });
    return getCase(db, id)!;
  });
}

/** References read G-2026-0042: the year and a counter that restarts each year. */
function nextReference(db: Db, year: number): string {
  db.prepare(
    "INSERT INTO reference_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1",
  ).run(year);
  const last = db.prepare("SELECT last FROM reference_counters WHERE year = ?").pluck().get(year) as number;
  return `G-${year}-${String(last).padStart(4, "0")}`;
}

export function getCase(db: Db, id: number): CaseRecord | undefined {
  const row = db.prepare("SELECT * FROM cases WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toCase(row) : undefined;
}

export function findCaseByReference(db: Db, reference: string): CaseRecord | undefined {
  const row = db.prepare("SELECT * FROM cases WHERE reference = ? COLLATE NOCASE").get(reference.trim()) as
    | Record<string, unknown>
    | undefined;
  return row ? toCase(row) : undefined;
}

export function findCaseByReceiptHash(db: Db, hash: string): CaseRecord | undefined {
  const row = db.prepare("SELECT * FROM cases WHERE receipt_hash = ?").get(hash) as Record<string, unknown> | undefined;
  return row ? toCase(row) : undefined;
}

export interface CaseChange {
  status: CaseStatus;
  owner?: string | null;
  outcome?: Outcome;
  reasons?: string;
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
    const updated = db
      .prepare(
        `UPDATE cases SET status = @status,
           owner = CASE WHEN @setOwner THEN @owner ELSE owner END,
           outcome = coalesce(@outcome, outcome), reasons = coalesce(@reasons, reasons),
           escalated_to = coalesce(@escalatedTo, escalated_to),
           escalation_question = coalesce(@escalationQuestion, escalation_question),
           paused_until = CASE WHEN @setPausedUntil THEN @pausedUntil ELSE paused_until END,
           close_reason = coalesce(@closeReason, close_reason),
           last_moved_at = @at, nudged_at = NULL
         WHERE id = @id AND status = @from`,
      )
      .run({
        id: caseId,
        from,
        at,
        status: change.status,
        setOwner: change.owner !== undefined ? 1 : 0,
        owner: change.owner ?? null,
        outcome: change.outcome ?? null,
        reasons: change.reasons ?? null,
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
  const rows = db.prepare("SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id").all(caseId) as Record<string, unknown>[];
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
  db.prepare("UPDATE cases SET nudged_at = ? WHERE id = ?").run(now.toISOString(), caseId);
}

function addEvent(db: Db, event: Omit<CaseEvent, "id">): void {
  db.prepare(
    "INSERT INTO case_events (case_id, at, actor, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(event.caseId, event.at, event.actor, event.kind, event.fromStatus, event.toStatus, event.note);
}

export function toCase(row: Record<string, unknown>): CaseRecord {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: Number(row.id),
    reference: String(row.reference),
    team: String(row.team),
    status: row.status as CaseStatus,
    title: String(row.title),
    situation: String(row.situation),
    rule: String(row.rule),
    ruleLevel: row.rule_level as RuleLevel,
    unwantedEffect: String(row.unwanted_effect),
    bedoeling: String(row.bedoeling),
    proposal: String(row.proposal),
    urgency: row.urgency as Urgency,
    isAnonymous: row.is_anonymous === 1,
    submitter: text("submitter"),
    owner: text("owner"),
    platform: String(row.platform),
    outcome: text("outcome") as Outcome | null,
    reasons: text("reasons"),
    escalatedTo: text("escalated_to"),
    escalationQuestion: text("escalation_question"),
    pausedUntil: text("paused_until"),
    closeReason: text("close_reason"),
    sourceAnswerId: row.source_answer_id === null ? null : Number(row.source_answer_id),
    createdAt: String(row.created_at),
    lastMovedAt: String(row.last_moved_at),
    nudgedAt: text("nudged_at"),
  };
}
