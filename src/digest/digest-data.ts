import type { Db } from "../storage/database.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { toCase } from "../cases/case-store.ts";

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
  return db
    .prepare(
      `SELECT r.id AS runId, r.prompt_id AS promptId, count(a.id) AS answers
       FROM prompt_runs r LEFT JOIN answers a ON a.run_id = r.id
       WHERE r.team = ? AND r.posted_at >= ? AND r.posted_at < ?
       GROUP BY r.id ORDER BY r.posted_at`,
    )
    .all(team, period.start.toISOString(), period.end.toISOString()) as RunStats[];
}

/** Distinct people who answered in each of the given weeks, oldest first. */
export function weeklyParticipants(db: Db, team: string, end: Date, weeks: number): number[] {
  const statement = db.prepare(
    `SELECT count(DISTINCT a.author) FROM answers a JOIN prompt_runs r ON r.id = a.run_id
     WHERE r.team = ? AND r.posted_at >= ? AND r.posted_at < ?`,
  );
  const counts: number[] = [];
  for (let week = weeks - 1; week >= 0; week -= 1) {
    const to = new Date(end.getTime() - week * 7 * 86_400_000);
    const from = new Date(to.getTime() - 7 * 86_400_000);
    counts.push(statement.pluck().get(team, from.toISOString(), to.toISOString()) as number);
  }
  return counts;
}

export interface Highlight {
  promptId: string;
  text: string;
}

/** Only answers that the team could already see and whose authors said yes to sharing. */
export function highlights(db: Db, team: string, period: Period, limit: number): Highlight[] {
  return db
    .prepare(
      `SELECT r.prompt_id AS promptId, a.text AS text FROM answers a JOIN prompt_runs r ON r.id = a.run_id
       WHERE r.team = ? AND r.visibility = 'team' AND a.may_highlight = 1 AND a.text != ''
         AND a.updated_at >= ? AND a.updated_at < ?
       ORDER BY length(a.text) DESC, a.id LIMIT ?`,
    )
    .all(team, period.start.toISOString(), period.end.toISOString(), limit) as Highlight[];
}

export function casesOpened(db: Db, team: string, period: Period): CaseRecord[] {
  const rows = db
    .prepare("SELECT * FROM cases WHERE team = ? AND created_at >= ? AND created_at < ? ORDER BY created_at")
    .all(team, period.start.toISOString(), period.end.toISOString()) as Record<string, unknown>[];
  return rows.map(toCase);
}

export function casesDecided(db: Db, team: string, period: Period): CaseRecord[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT c.* FROM cases c JOIN case_events e ON e.case_id = c.id
       WHERE c.team = ? AND e.kind = 'move' AND e.to_status = 'decided' AND e.at >= ? AND e.at < ?
       ORDER BY e.at`,
    )
    .all(team, period.start.toISOString(), period.end.toISOString()) as Record<string, unknown>[];
  return rows.map(toCase);
}

export function casesWaiting(db: Db, team: string): CaseRecord[] {
  const rows = db
    .prepare("SELECT * FROM cases WHERE team = ? AND status NOT IN ('decided', 'closed') ORDER BY last_moved_at")
    .all(team) as Record<string, unknown>[];
  return rows.map(toCase);
}

export interface RecurringRule {
  rule: string;
  cases: number;
  teams: number;
}

/**
 * Rode draden: rules that keep chafing, across all teams. Rules are grouped on their normalised text
 * (case, spacing and punctuation ignored), so "Art. 4 Wmo" and "art 4 wmo" meet.
 */
export function recurringRules(db: Db, limit: number, minimum = 2): RecurringRule[] {
  const rows = db.prepare("SELECT rule, team FROM cases").all() as { rule: string; team: string }[];
  const groups = new Map<string, { rule: string; cases: number; teams: Set<string> }>();
  for (const row of rows) {
    const key = normaliseRule(row.rule);
    const group = groups.get(key) ?? { rule: row.rule, cases: 0, teams: new Set<string>() };
    group.cases += 1;
    group.teams.add(row.team);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((group) => group.cases >= minimum)
    .sort((a, b) => b.cases - a.cases || a.rule.localeCompare(b.rule))
    .slice(0, limit)
    .map((group) => ({ rule: group.rule, cases: group.cases, teams: group.teams.size }));
}

export function normaliseRule(rule: string): string {
  return rule
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
