import type { MessageRef } from "../chat/vocabulary.ts";
import type { CaseRecord, RuleLevel } from "../cases/case-model.ts";
import { toCase } from "../cases/case-row.ts";
import type { Db } from "../storage/database.ts";
import { OPEN_PROPOSAL_STATUSES, type LinkedCase, type ProposalRecord, type ProposalStatus } from "./proposal-model.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

export interface NewProposal {
  originTeam: string;
  addressee: string;
  rule: string;
  ruleLevel: RuleLevel;
  ruleKey: string;
  proposedText: string;
  bedoeling: string;
  unwantedEffect: string;
  reviewOn: string;
  createdBy: string;
}

const OPEN = OPEN_PROPOSAL_STATUSES.map((status) => `'${status}'`).join(", ");

/** Stores a proposal with its reference (V-2026-0001) and first history entry; call inside a transaction. */
export function insertProposal(db: Db, input: NewProposal, now: Date): ProposalRecord {
  const year = now.getUTCFullYear();
  statement(db, "INSERT INTO proposal_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1").run(year);
  const last = statement(db, "SELECT last FROM proposal_counters WHERE year = ?").pluck().get(year) as number;
  const reference = `V-${year}-${String(last).padStart(4, "0")}`;
  const at = now.toISOString();
  const result = statement(
    db,
    `INSERT INTO proposals (reference, origin_team, addressee, rule, rule_level, rule_key, proposed_text, bedoeling,
         unwanted_effect, status, review_on, created_by, created_at, last_moved_at)
       VALUES (@reference, @originTeam, @addressee, @rule, @ruleLevel, @ruleKey, @proposedText, @bedoeling,
         @unwantedEffect, 'sent', @reviewOn, @createdBy, @at, @at)`,
  ).run({ ...input, reference, at });
  const id = Number(result.lastInsertRowid);
  addProposalEvent(db, { proposalId: id, at, actor: input.createdBy, kind: "move", fromStatus: null, toStatus: "sent", note: null });
  return getProposal(db, id)!;
}

export function getProposal(db: Db, id: number): ProposalRecord | undefined {
  const row = statement(db, "SELECT * FROM proposals WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toProposal(row) : undefined;
}

export function listProposals(db: Db, where: "open" | "all"): ProposalRecord[] {
  const sql = `SELECT * FROM proposals ${where === "open" ? `WHERE status IN (${OPEN})` : ""} ORDER BY id`;
  return (statement(db, sql).all() as Record<string, unknown>[]).map(toProposal);
}

/**
 * Proposals that concern a team (it made them, or one of its cases is linked) or, with no team, all:
 * those still open and those created or moved since `since`.
 */
export function proposalsSince(db: Db, since: string, team?: string): ProposalRecord[] {
  const sql = `SELECT * FROM proposals p WHERE (p.status IN (${OPEN}) OR p.last_moved_at >= @since)
      AND (@team IS NULL OR p.origin_team = @team OR EXISTS (
        SELECT 1 FROM proposal_cases l JOIN cases c ON c.id = l.case_id WHERE l.proposal_id = p.id AND c.team = @team))
    ORDER BY p.id`;
  return (statement(db, sql).all({ since, team: team ?? null }) as Record<string, unknown>[]).map(toProposal);
}

/** Links a case; false when it was linked already. */
export function linkCase(db: Db, proposalId: number, caseId: number, addedBy: string | null, now: Date): boolean {
  const sql = "INSERT OR IGNORE INTO proposal_cases (proposal_id, case_id, added_by, added_at) VALUES (?, ?, ?, ?)";
  return statement(db, sql).run(proposalId, caseId, addedBy, now.toISOString()).changes === 1;
}

export function listLinkedCases(db: Db, proposalId: number): LinkedCase[] {
  const rows = statement(
    db,
    `SELECT c.id, c.reference, c.team, c.title, c.situation, c.is_anonymous, c.submitter
       FROM proposal_cases p JOIN cases c ON c.id = p.case_id WHERE p.proposal_id = ? ORDER BY c.id`,
  ).all(proposalId) as Record<string, unknown>[];
  return rows.map((row) => ({
    caseId: Number(row.id),
    reference: String(row.reference),
    team: String(row.team),
    title: String(row.title),
    situation: String(row.situation),
    isAnonymous: row.is_anonymous === 1,
    submitter: (row.submitter as string | null) ?? null,
  }));
}

/** The proposals a case belongs to, newest first. */
export function proposalsOfCase(db: Db, caseId: number): ProposalRecord[] {
  const sql = "SELECT p.* FROM proposals p JOIN proposal_cases c ON c.proposal_id = p.id WHERE c.case_id = ? ORDER BY p.id DESC";
  return (statement(db, sql).all(caseId) as Record<string, unknown>[]).map(toProposal);
}

/** Cases of a rode draad (one normalised rule) that are not in an open proposal yet. */
export function casesOfThreadOutsideProposals(db: Db, ruleKey: string): { id: number; team: string }[] {
  const sql = `SELECT id, team FROM cases WHERE rule_key = ? AND NOT EXISTS (
      SELECT 1 FROM proposal_cases l JOIN proposals p ON p.id = l.proposal_id WHERE l.case_id = cases.id AND p.status IN (${OPEN}))
    ORDER BY id`;
  return statement(db, sql).all(ruleKey) as { id: number; team: string }[];
}

/** Cases of these teams that a lead may add to a proposal: not in it yet, those with its rule first. */
export function joinableCases(db: Db, proposal: { id: number; ruleKey: string }, teams: string[], limit: number): CaseRecord[] {
  const sql = `SELECT * FROM cases WHERE team IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM proposal_cases l WHERE l.case_id = cases.id AND l.proposal_id = ?)
    ORDER BY rule_key = ? DESC, id DESC LIMIT ?`;
  return (statement(db, sql).all(JSON.stringify(teams), proposal.id, proposal.ruleKey, limit) as Record<string, unknown>[]).map(toCase);
}

export interface ProposalChange {
  status: ProposalStatus;
  reasons?: string;
  amendment?: string;
  reviewOn?: string;
  isAnswer: boolean;
}

/** Moves a proposal from `from`, with its history entry; undefined when someone moved it first. */
export function moveProposal(db: Db, id: number, from: ProposalStatus, change: ProposalChange, actor: string, now: Date): ProposalRecord | undefined {
  const at = now.toISOString();
  const updated = statement(
    db,
    `UPDATE proposals SET status = @status, reasons = coalesce(@reasons, reasons), amendment = coalesce(@amendment, amendment),
         review_on = coalesce(@reviewOn, review_on), last_moved_at = @at,
         answered_at = CASE WHEN @isAnswer THEN @at ELSE answered_at END
       WHERE id = @id AND status = @from`,
  ).run({ id, from, at, status: change.status, reasons: change.reasons ?? null, amendment: change.amendment ?? null, reviewOn: change.reviewOn ?? null, isAnswer: change.isAnswer ? 1 : 0 });
  if (updated.changes === 0) return undefined;
  addProposalEvent(db, { proposalId: id, at, actor, kind: "move", fromStatus: from, toStatus: change.status, note: change.reasons ?? null });
  return getProposal(db, id);
}

/** Marks a reminder for today; false when one was sent less than a week ago (or the proposal was answered). */
export function markProposalReminded(db: Db, id: number, today: string, weekAgo: string, now: Date): boolean {
  const sql = `UPDATE proposals SET reminded_on = ? WHERE id = ? AND status IN (${OPEN}) AND (reminded_on IS NULL OR reminded_on <= ?)`;
  if (statement(db, sql).run(today, id, weekAgo).changes === 0) return false;
  addProposalEvent(db, { proposalId: id, at: now.toISOString(), actor: null, kind: "reminded", fromStatus: null, toStatus: null, note: null });
  return true;
}

export interface ProposalEvent {
  proposalId: number;
  at: string;
  actor: string | null;
  kind: "move" | "joined" | "reminded" | "refused";
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  note: string | null;
}

export function addProposalEvent(db: Db, event: ProposalEvent): void {
  statement(db, "INSERT INTO proposal_events (proposal_id, at, actor, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)").run(event.proposalId, event.at, event.actor, event.kind, event.fromStatus, event.toStatus, event.note);
}

export function saveProposalPost(db: Db, proposalId: number, ref: MessageRef): void {
  statement(db, "INSERT OR REPLACE INTO proposal_posts (proposal_id, platform, conversation_id, message_id) VALUES (?, ?, ?, ?)").run(
    proposalId,
    ref.platform,
    ref.conversationId,
    ref.messageId,
  );
}

export function listProposalPosts(db: Db, proposalId: number): MessageRef[] {
  const rows = statement(db, "SELECT * FROM proposal_posts WHERE proposal_id = ?").all(proposalId) as Record<string, string>[];
  return rows.map(toMessageRef);
}

function toProposal(row: Record<string, unknown>): ProposalRecord {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: Number(row.id),
    reference: String(row.reference),
    originTeam: String(row.origin_team),
    addressee: String(row.addressee),
    rule: String(row.rule),
    ruleLevel: row.rule_level as RuleLevel,
    ruleKey: String(row.rule_key),
    proposedText: String(row.proposed_text),
    bedoeling: String(row.bedoeling),
    unwantedEffect: String(row.unwanted_effect),
    status: row.status as ProposalStatus,
    reasons: text("reasons"),
    amendment: text("amendment"),
    reviewOn: String(row.review_on),
    remindedOn: text("reminded_on"),
    createdBy: text("created_by"),
    createdAt: String(row.created_at),
    lastMovedAt: String(row.last_moved_at),
    answeredAt: text("answered_at"),
  };
}
