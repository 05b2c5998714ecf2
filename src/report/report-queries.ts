import type { CaseRecord } from "../cases/case-model.ts";
import { toCase } from "../cases/case-row.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import type { ReportPeriod } from "./report-period.ts";

// What the poster reads beyond what the digests already offer: a period of months instead of a week,
// for one team (its key) or for every team (null).

const DECIDED = `SELECT * FROM (
    SELECT c.*, (SELECT max(e.at) FROM case_events e
      WHERE e.case_id = c.id AND e.kind = 'move' AND e.to_status = 'decided' AND e.at >= @start AND e.at < @end) AS decided_at
    FROM cases c WHERE (@team IS NULL OR c.team = @team) AND c.last_moved_at >= @start)
  WHERE decided_at IS NOT NULL ORDER BY decided_at`;

export interface DecidedRecord {
  record: CaseRecord;
  decidedAt: Date;
}

/** Cases decided in the period (also when they moved on since), in the order of decision. */
export function casesDecidedIn(db: Db, team: string | null, period: ReportPeriod): DecidedRecord[] {
  const rows = statement(db, DECIDED).all({ team, ...bounds(period) }) as Record<string, unknown>[];
  return rows.map((row) => ({ record: toCase(row), decidedAt: new Date(String(row.decided_at)) }));
}

const THREADS = `SELECT * FROM (
    SELECT t.rule, t.cases, t.teams,
      (SELECT count(*) FROM cases c WHERE c.rule_key = t.rule_key AND c.created_at >= @start AND c.created_at < @end
        AND (@team IS NULL OR c.team = @team)) AS inPeriod
    FROM rule_threads t WHERE t.cases >= 2)
  WHERE inPeriod > 0 ORDER BY inPeriod DESC, cases DESC, rule LIMIT @limit`;

export interface PeriodThread {
  rule: string;
  /** Cases and teams on this rule so far, across the organisation. */
  cases: number;
  teams: number;
  /** Of them, brought in during the period (by the team, on a team's poster). */
  inPeriod: number;
}

/** Rode draden that chafed again in the period: rules with two or more cases, at least one of them new. */
export function threadsIn(db: Db, team: string | null, period: ReportPeriod, limit: number): PeriodThread[] {
  return statement(db, THREADS).all({ team, limit, ...bounds(period) }) as PeriodThread[];
}

const LINKED = `SELECT count(*) AS cases, count(DISTINCT c.team) AS teams
  FROM proposal_cases l JOIN cases c ON c.id = l.case_id WHERE l.proposal_id = ?`;

/** How many cases, from how many teams, a proposal carries. */
export function linkedCounts(db: Db, proposalId: number): { cases: number; teams: number } {
  return statement(db, LINKED).get(proposalId) as { cases: number; teams: number };
}

function bounds(period: ReportPeriod): { start: string; end: string } {
  return { start: period.start.toISOString(), end: period.end.toISOString() };
}
