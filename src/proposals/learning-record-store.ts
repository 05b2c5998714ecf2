import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// The learning loop's records as operations see them: the export of a team (with full history), AVG
// erasure of one person, and retention. The stores own the SQL of the running bot; this owns these.

export interface LearningExport {
  proposals: Record<string, unknown>[];
  escalations: Record<string, unknown>[];
  lookbacks: Record<string, unknown>[];
}

const withHistory = (rows: Record<string, unknown>[]) => rows.map(({ history, ...row }) => ({ ...row, history: JSON.parse(String(history)) as unknown[] }));

/** Proposals the team made or carries a case of, escalations and look-backs of its cases, each with its history. */
export function exportLearning(db: Db, team: string): LearningExport {
  const proposals = statement(
    db,
    `SELECT p.reference, p.origin_team AS originTeam, p.addressee, p.rule, p.rule_level AS ruleLevel, p.proposed_text AS proposedText,
              p.bedoeling, p.unwanted_effect AS unwantedEffect, p.status, p.reasons, p.amendment, p.review_on AS reviewOn,
              p.reminded_on AS remindedOn, p.created_by AS createdBy, p.created_at AS createdAt, p.last_moved_at AS lastMovedAt,
              p.answered_at AS answeredAt,
              (SELECT group_concat(c.reference, ',') FROM proposal_cases l JOIN cases c ON c.id = l.case_id WHERE l.proposal_id = p.id) AS cases,
              (SELECT json_group_array(json_object('at', e.at, 'actor', e.actor, 'isActorErased', e.is_actor_erased, 'kind', e.kind,
                 'fromStatus', e.from_status, 'toStatus', e.to_status, 'note', e.note))
               FROM (SELECT * FROM proposal_events WHERE proposal_id = p.id ORDER BY at, id) e) AS history
       FROM proposals p
       WHERE p.origin_team = @team OR EXISTS (SELECT 1 FROM proposal_cases l JOIN cases c ON c.id = l.case_id WHERE l.proposal_id = p.id AND c.team = @team)
       ORDER BY p.id`,
  ).all({ team }) as Record<string, unknown>[];
  const escalations = statement(
    db,
    `SELECT c.reference, e.addressee, e.addressee_name AS addresseeName, e.question, e.interim_measure AS interimMeasure,
              e.due_on AS dueOn, e.status, e.answer, e.reasons, e.reminded_on AS remindedOn, e.created_by AS createdBy,
              e.answered_by AS answeredBy, e.created_at AS createdAt, e.answered_at AS answeredAt,
              (SELECT json_group_array(json_object('at', v.at, 'actor', v.actor, 'isActorErased', v.is_actor_erased, 'kind', v.kind, 'note', v.note))
               FROM (SELECT * FROM escalation_events WHERE escalation_id = e.id ORDER BY at, id) v) AS history
       FROM escalations e JOIN cases c ON c.id = e.case_id WHERE c.team = ? ORDER BY e.id`,
  ).all(team) as Record<string, unknown>[];
  const lookbacks = statement(
    db,
    `SELECT c.reference, l.person, l.role, l.due_on AS dueOn, l.asked_at AS askedAt, l.helped, l.rule_changed AS ruleChanged,
              l.note, l.answered_at AS answeredAt
       FROM lookbacks l JOIN cases c ON c.id = l.case_id WHERE c.team = ? ORDER BY l.id`,
  ).all(team) as Record<string, unknown>[];
  return { proposals: withHistory(proposals), escalations: withHistory(escalations), lookbacks };
}

/**
 * Removes one person's id from the learning loop (AVG erasure): proposals, escalations and look-backs
 * stay, with what was decided and why, but not who; history entries keep a tombstone. A look-back not
 * yet asked is never asked. Call inside the erasure's transaction; returns how many rows changed.
 */
export function eraseFromLearning(db: Db, key: string): number {
  const run = (sql: string) => statement(db, sql).run({ key }).changes;
  return (
    run("UPDATE proposals SET created_by = NULL WHERE created_by = @key") +
    run("UPDATE proposal_cases SET added_by = NULL WHERE added_by = @key") +
    run("UPDATE proposal_events SET actor = NULL, is_actor_erased = 1 WHERE actor = @key") +
    run("UPDATE escalations SET created_by = nullif(created_by, @key), answered_by = nullif(answered_by, @key) WHERE created_by = @key OR answered_by = @key") +
    run("UPDATE escalation_events SET actor = NULL, is_actor_erased = 1 WHERE actor = @key") +
    run("UPDATE lookbacks SET person = NULL WHERE person = @key")
  );
}

/**
 * Retention: escalations and look-backs go with their case. A proposal that was decided or withdrawn
 * before the cutoff for closed cases goes once none of its cases is left; history entries of decided
 * proposals and of escalations that no longer wait go after the audit cutoff. Returns rows deleted.
 */
export function expireLearning(db: Db, cutoffs: { closedBefore?: string; auditBefore?: string }): number {
  let deleted = 0;
  if (cutoffs.closedBefore) {
    deleted += statement(
      db,
      `DELETE FROM proposals WHERE status NOT IN ('sent', 'in_progress') AND last_moved_at < ?
           AND NOT EXISTS (SELECT 1 FROM proposal_cases l WHERE l.proposal_id = proposals.id)`,
    ).run(cutoffs.closedBefore).changes;
  }
  if (cutoffs.auditBefore) {
    deleted += statement(db, "DELETE FROM proposal_events WHERE at < ? AND proposal_id IN (SELECT id FROM proposals WHERE status NOT IN ('sent', 'in_progress'))")
      .run(cutoffs.auditBefore).changes;
    deleted += statement(db, "DELETE FROM escalation_events WHERE at < ? AND escalation_id IN (SELECT id FROM escalations WHERE status != 'waiting')")
      .run(cutoffs.auditBefore).changes;
  }
  return deleted;
}
