import type { MessageRef } from "../chat/vocabulary.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

export type EscalationStatus = "waiting" | "answered" | "withdrawn";

export interface EscalationRecord {
  id: number;
  caseId: number;
  /** The config's addressee key; null when the lead named someone in free text. */
  addressee: string | null;
  addresseeName: string;
  question: string;
  interimMeasure: string;
  dueOn: string;
  status: EscalationStatus;
  answer: string | null;
  reasons: string | null;
  remindedOn: string | null;
  createdBy: string | null;
  answeredBy: string | null;
  createdAt: string;
  answeredAt: string | null;
}

export interface NewEscalation {
  caseId: number;
  addressee: string | null;
  addresseeName: string;
  question: string;
  interimMeasure: string;
  dueOn: string;
  createdBy: string;
}

/** Opens an escalation with its first history entry. */
export function insertEscalation(db: Db, input: NewEscalation, now: Date): EscalationRecord {
  const at = now.toISOString();
  const result = statement(
    db,
    `INSERT INTO escalations (case_id, addressee, addressee_name, question, interim_measure, due_on, status, created_by, created_at)
       VALUES (@caseId, @addressee, @addresseeName, @question, @interimMeasure, @dueOn, 'waiting', @createdBy, @at)`,
  ).run({ ...input, at });
  const id = Number(result.lastInsertRowid);
  addEscalationEvent(db, id, at, input.createdBy, "opened", input.question);
  return getEscalation(db, id)!;
}

export function getEscalation(db: Db, id: number): EscalationRecord | undefined {
  const row = statement(db, "SELECT * FROM escalations WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toEscalation(row) : undefined;
}

export function escalationsOfCase(db: Db, caseId: number): EscalationRecord[] {
  return (statement(db, "SELECT * FROM escalations WHERE case_id = ? ORDER BY id DESC").all(caseId) as Record<string, unknown>[]).map(toEscalation);
}

export function listEscalations(db: Db, where: "waiting" | "all"): EscalationRecord[] {
  const sql = `SELECT * FROM escalations ${where === "waiting" ? "WHERE status = 'waiting'" : ""} ORDER BY id`;
  return (statement(db, sql).all() as Record<string, unknown>[]).map(toEscalation);
}

/** Escalations of a team's cases (or all) that still wait, or were opened or closed since `since`. */
export function escalationsSince(db: Db, since: string, team?: string): EscalationRecord[] {
  const sql = `SELECT e.* FROM escalations e JOIN cases c ON c.id = e.case_id
    WHERE (e.status = 'waiting' OR e.created_at >= @since OR e.answered_at >= @since) AND (@team IS NULL OR c.team = @team)
    ORDER BY e.id`;
  return (statement(db, sql).all({ since, team: team ?? null }) as Record<string, unknown>[]).map(toEscalation);
}

/** Answers (with reasons) or withdraws a waiting escalation; false when it no longer waits. */
export function closeEscalation(
  db: Db,
  id: number,
  status: Exclude<EscalationStatus, "waiting">,
  actor: string | null,
  answer: { answer: string; reasons: string } | null,
  now: Date,
): boolean {
  const at = now.toISOString();
  const changed = statement(
    db,
    `UPDATE escalations SET status = ?, answer = ?, reasons = ?, answered_by = ?, answered_at = ?
       WHERE id = ? AND status = 'waiting'`,
  ).run(status, answer?.answer ?? null, answer?.reasons ?? null, status === "answered" ? actor : null, at, id).changes;
  if (changed === 0) return false;
  addEscalationEvent(db, id, at, actor, status, answer ? `${answer.answer}\n${answer.reasons}` : null);
  return true;
}

/** Marks a reminder for today; false when one went less than a week ago or it no longer waits. */
export function markEscalationReminded(db: Db, id: number, today: string, weekAgo: string, now: Date): boolean {
  const sql = "UPDATE escalations SET reminded_on = ? WHERE id = ? AND status = 'waiting' AND (reminded_on IS NULL OR reminded_on <= ?)";
  if (statement(db, sql).run(today, id, weekAgo).changes === 0) return false;
  addEscalationEvent(db, id, now.toISOString(), null, "reminded", null);
  return true;
}

export function addEscalationEvent(db: Db, escalationId: number, at: string, actor: string | null, kind: string, note: string | null): void {
  statement(db, "INSERT INTO escalation_events (escalation_id, at, actor, kind, note) VALUES (?, ?, ?, ?, ?)").run(escalationId, at, actor, kind, note);
}

export function saveEscalationPost(db: Db, escalationId: number, ref: MessageRef): void {
  statement(db, "INSERT OR REPLACE INTO escalation_posts (escalation_id, platform, conversation_id, message_id) VALUES (?, ?, ?, ?)").run(
    escalationId,
    ref.platform,
    ref.conversationId,
    ref.messageId,
  );
}

export function listEscalationPosts(db: Db, escalationId: number): MessageRef[] {
  const rows = statement(db, "SELECT * FROM escalation_posts WHERE escalation_id = ?").all(escalationId) as Record<string, string>[];
  return rows.map(toMessageRef);
}

function toEscalation(row: Record<string, unknown>): EscalationRecord {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: Number(row.id),
    caseId: Number(row.case_id),
    addressee: text("addressee"),
    addresseeName: String(row.addressee_name),
    question: String(row.question),
    interimMeasure: String(row.interim_measure),
    dueOn: String(row.due_on),
    status: row.status as EscalationStatus,
    answer: text("answer"),
    reasons: text("reasons"),
    remindedOn: text("reminded_on"),
    createdBy: text("created_by"),
    answeredBy: text("answered_by"),
    createdAt: String(row.created_at),
    answeredAt: text("answered_at"),
  };
}
