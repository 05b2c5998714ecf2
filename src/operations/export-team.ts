import type { Db } from "../storage/database.ts";
import { PULSE_STEP } from "../reflection/answers.ts";
import { exportLearning, type LearningExport } from "../proposals/learning-records.ts";
import { exportTeamRecords } from "../team/team-records.ts";

export interface TeamExport extends LearningExport {
  team: string;
  exportedAt: string;
  prompts: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  cases: Record<string, unknown>[];
  caseEvents: Record<string, unknown>[];
  /** The team's own bedoeling, as last set. */
  purpose: Record<string, unknown> | null;
  /** Pauses of the team's prompts (zomerstop). */
  pauses: Record<string, unknown>[];
}

/**
 * Everything of one team, as its members could see it: answers to private prompts and pulse scores
 * are exported only as totals (the same k-anonymity as in the channel); open answers to team prompts
 * with their author, as they stood in the thread.
 */
export function exportTeam(db: Db, team: string, now: Date): TeamExport {
  const prompts = db
    .prepare(
      `SELECT r.id AS run, r.prompt_id AS prompt, r.visibility, r.posted_at AS postedAt, r.closes_at AS closesAt,
              count(a.id) AS answers,
              -- "Overslaan" and "Herinner me later", as counts only (who is never exported).
              (SELECT count(*) FROM prompt_deferrals d WHERE d.run_id = r.id AND d.choice = 'skip') AS skipped,
              (SELECT count(*) FROM prompt_deferrals d WHERE d.run_id = r.id AND d.choice = 'later') AS remindedLater,
              -- The average as published in the channel (in steps of five), never a live one: two exports
              -- around one answer would otherwise give that answer away.
              CASE WHEN r.pulse_count >= ${PULSE_STEP} THEN round(r.pulse_average, 2) END AS averageScore
       FROM prompt_runs r LEFT JOIN answers a ON a.run_id = r.id
       WHERE r.team = ? GROUP BY r.id ORDER BY r.posted_at`,
    )
    .all(team) as Record<string, unknown>[];
  const answers = db
    .prepare(
      `SELECT a.run_id AS run, a.author, a.text, a.created_at AS createdAt, a.updated_at AS updatedAt
       FROM answers a JOIN prompt_runs r ON r.id = a.run_id
       WHERE r.team = ? AND r.visibility = 'team' AND a.score IS NULL ORDER BY a.created_at`,
    )
    .all(team) as Record<string, unknown>[];
  const cases = db
    .prepare(
      `SELECT reference, status, title, situation, citizen_need AS citizenNeed, customer_role AS customerRole, rule,
              rule_level AS ruleLevel, unwanted_effect AS unwantedEffect, bedoeling, room_within_rule AS roomWithinRule,
              proposal, if_nothing_is_done AS ifNothingIsDone, urgency, is_anonymous AS isAnonymous, submitter, owner,
              outcome, decision_level AS decisionLevel, public_values AS publicValues, other_values AS otherValues, reasons,
              escalated_to AS escalatedTo, escalation_question AS escalationQuestion, paused_until AS pausedUntil,
              close_reason AS closeReason, created_at AS createdAt, last_moved_at AS lastMovedAt
       FROM cases WHERE team = ? ORDER BY id`,
    )
    .all(team) as Record<string, unknown>[];
  const caseEvents = db
    .prepare(
      `SELECT c.reference, e.at, e.actor, e.is_actor_erased AS isActorErased, e.kind, e.from_status AS fromStatus,
              e.to_status AS toStatus, e.note
       FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.team = ? ORDER BY e.at, e.id`,
    )
    .all(team) as Record<string, unknown>[];
  // What became of the team's cases beyond it: proposals, escalations and look-backs, with their history.
  return { team, exportedAt: now.toISOString(), prompts, answers, cases, caseEvents, ...exportTeamRecords(db, team), ...exportLearning(db, team) };
}
