import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import { PULSE_STEP } from "../reflection/answer-store.ts";

// The rows of one team's export (see export-team.ts): what its members could see, no more.

/** The team's prompts with their answer counts, skips and published average. */
export function teamPromptRows(db: Db, team: string): Record<string, unknown>[] {
  return statement(
    db,
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
  ).all(team) as Record<string, unknown>[];
}

/** Open answers to the team's prompts with team visibility, with their author, as they stood in the thread. */
export function teamAnswerRows(db: Db, team: string): Record<string, unknown>[] {
  return statement(
    db,
    `SELECT a.run_id AS run, a.author, a.text, a.created_at AS createdAt, a.updated_at AS updatedAt
     FROM answers a JOIN prompt_runs r ON r.id = a.run_id
     WHERE r.team = ? AND r.visibility = 'team' AND a.score IS NULL ORDER BY a.created_at`,
  ).all(team) as Record<string, unknown>[];
}

/** The team's cases, every field. */
export function teamCaseRows(db: Db, team: string): Record<string, unknown>[] {
  return statement(
    db,
    `SELECT reference, status, title, situation, citizen_need AS citizenNeed, customer_role AS customerRole, rule,
            rule_level AS ruleLevel, unwanted_effect AS unwantedEffect, bedoeling, room_within_rule AS roomWithinRule,
            proposal, if_nothing_is_done AS ifNothingIsDone, urgency, is_anonymous AS isAnonymous, submitter, owner,
            outcome, decision_level AS decisionLevel, public_values AS publicValues, other_values AS otherValues, reasons,
            escalated_to AS escalatedTo, escalation_question AS escalationQuestion, paused_until AS pausedUntil,
            close_reason AS closeReason, created_at AS createdAt, last_moved_at AS lastMovedAt
     FROM cases WHERE team = ? ORDER BY id`,
  ).all(team) as Record<string, unknown>[];
}

/** The audit trail of the team's cases. */
export function teamCaseEventRows(db: Db, team: string): Record<string, unknown>[] {
  return statement(
    db,
    `SELECT c.reference, e.at, e.actor, e.is_actor_erased AS isActorErased, e.kind, e.from_status AS fromStatus,
            e.to_status AS toStatus, e.note
     FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.team = ? ORDER BY e.at, e.id`,
  ).all(team) as Record<string, unknown>[];
}
