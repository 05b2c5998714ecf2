import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import { WAITING_STATUSES, type CaseRecord } from "../cases/case-model.ts";
import { toCase } from "../cases/case-store.ts";

const WEEK_MS = 7 * 86_400_000;
/** Answers can be edited only while their prompt is open: at most this long (config: openDays ≤ 28). */
const LONGEST_OPEN_MS = 28 * 86_400_000;

export interface Period {
  start: Date;
  end: Date;
}

export interface RunStats {
  runId: number;
  promptId: string;
  answers: number;
}

export function runStats(db: Db, team: string, period: Period): RunStats[] {
  const sql = `SELECT r.id AS runId, r.prompt_id AS promptId, count(a.id) AS answers
    FROM prompt_runs r LEFT JOIN answers a ON a.run_id = r.id
    WHERE r.team = ? AND r.posted_at >= ? AND r.posted_at < ?
    GROUP BY r.id ORDER BY r.posted_at`;
  return statement(db, sql).all(team, period.start.toISOString(), period.end.toISOString()) as RunStats[];
}

/** Distinct people who answered in each of the given weeks (ending at `end`), oldest first. */
export function weeklyParticipants(db: Db, team: string, end: Date, weeks: number): number[] {
  // Week i (0 = oldest) starts at end - (weeks - i) × 7 days; ISO strings compare as the times they are.
  const starts: Record<string, string> = {};
  for (let week = 0; week < weeks; week += 1) starts[`w${week}`] = new Date(end.getTime() - (weeks - week) * WEEK_MS).toISOString();
  const newestFirst = Object.keys(starts).reverse();
  const sql = `SELECT CASE ${newestFirst.map((name) => `WHEN r.posted_at >= @${name} THEN ${name.slice(1)}`).join(" ")} END AS week,
      count(DISTINCT a.author) AS people
    FROM answers a JOIN prompt_runs r ON r.id = a.run_id
    WHERE r.team = @team AND r.posted_at >= @w0 AND r.posted_at < @end GROUP BY week`;
  const rows = statement(db, sql).all({ ...starts, team, end: end.toISOString() }) as { week: number; people: number }[];
  const counts = Array<number>(weeks).fill(0);
  for (const row of rows) counts[row.week] = row.people;
  return counts;
}

export interface Highlight {
  promptId: string;
  text: string;
}

/** Only answers that the team could already see and whose authors said yes to sharing. */
export function highlights(db: Db, team: string, period: Period, limit: number): Highlight[] {
  const sql = `SELECT r.prompt_id AS promptId, a.text AS text FROM answers a JOIN prompt_runs r ON r.id = a.run_id
    WHERE r.team = ? AND r.visibility = 'team' AND r.posted_at >= ? AND a.may_highlight = 1 AND a.text != ''
      AND a.updated_at >= ? AND a.updated_at < ?
    ORDER BY length(a.text) DESC, a.id LIMIT ?`;
  const postedSince = new Date(period.start.getTime() - LONGEST_OPEN_MS).toISOString();
  return statement(db, sql).all(team, postedSince, period.start.toISOString(), period.end.toISOString(), limit) as Highlight[];
}

export function casesOpened(db: Db, team: string, period: Period): CaseRecord[] {
  const sql = "SELECT * FROM cases WHERE team = ? AND created_at >= ? AND created_at < ? ORDER BY created_at";
  return (statement(db, sql).all(team, period.start.toISOString(), period.end.toISOString()) as Record<string, unknown>[]).map(toCase);
}

/** Cases that were decided in the period (also when they moved on since), in the order of decision. */
export function casesDecided(db: Db, team: string, period: Period): CaseRecord[] {
  const sql = `SELECT * FROM (
      SELECT c.*, (SELECT max(e.at) FROM case_events e
        WHERE e.case_id = c.id AND e.kind = 'move' AND e.to_status = 'decided' AND e.at >= ? AND e.at < ?) AS decided_at
      FROM cases c WHERE c.team = ? AND c.last_moved_at >= ?)
    WHERE decided_at IS NOT NULL ORDER BY decided_at`;
  // A case decided in the period has moved at or after its start; that bound keeps the search to this week's moves.
  const start = period.start.toISOString();
  return (statement(db, sql).all(start, period.end.toISOString(), team, start) as Record<string, unknown>[]).map(toCase);
}

export interface WaitingCases {
  count: number;
  /** The longest-waiting cases first. */
  oldest: CaseRecord[];
}

export function casesWaiting(db: Db, team: string, limit: number): WaitingCases {
  // An IN list (not NOT IN) lets SQLite read only the waiting cases from the (team, status) index.
  const where = `team = ? AND status IN (${WAITING_STATUSES.map((status) => `'${status}'`).join(", ")})`;
  const count = statement(db, `SELECT count(*) FROM cases WHERE ${where}`).pluck().get(team) as number;
  // "+": sort the few waiting rows rather than walk every case of the team in (team, last_moved_at) order.
  const rows = statement(db, `SELECT * FROM cases WHERE ${where} ORDER BY +last_moved_at LIMIT ?`).all(team, limit) as Record<string, unknown>[];
  return { count, oldest: rows.map(toCase) };
}

export interface RecurringRule {
  rule: string;
  cases: number;
  teams: number;
}

/**
 * Rode draden: rules that keep chafing, across all teams, grouped on their normalised text. The counts
 * are kept up to date by triggers (migration 5), so every digest reads them without scanning all cases.
 */
export function recurringRules(db: Db, limit: number, minimum = 2): RecurringRule[] {
  const sql = "SELECT rule, cases, teams FROM rule_threads WHERE cases >= ? ORDER BY cases DESC, rule LIMIT ?";
  return statement(db, sql).all(minimum, limit) as RecurringRule[];
}

/** Escalated cases of every team, the longest-waiting first: what waits for someone beyond the team. */
export function escalatedCases(db: Db, limit: number): CaseRecord[] {
  const rows = statement(db, "SELECT * FROM cases WHERE status = 'escalated' ORDER BY last_moved_at LIMIT ?").all(limit) as Record<string, unknown>[];
  return rows.map(toCase);
}
