import type { Db } from "../storage/database.ts";
import { exportLearning, type LearningExport } from "../proposals/learning-record-store.ts";
import { exportTeamRecords } from "../team/team-record-store.ts";
import { teamAnswerRows, teamCaseEventRows, teamCaseRows, teamPromptRows } from "./team-export-queries.ts";

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
  const prompts = teamPromptRows(db, team);
  const answers = teamAnswerRows(db, team);
  const cases = teamCaseRows(db, team);
  const caseEvents = teamCaseEventRows(db, team);
  // What became of the team's cases beyond it: proposals, escalations and look-backs, with their history.
  return { team, exportedAt: now.toISOString(), prompts, answers, cases, caseEvents, ...exportTeamRecords(db, team), ...exportLearning(db, team) };
}
