import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// The demo script presses buttons on what it just made; these find the ids of those things.

export function latestRunId(db: Db, team: string): number {
  return statement(db, "SELECT max(id) FROM prompt_runs WHERE team = ?").pluck().get(team) as number;
}

export function firstAnswerIdOf(db: Db, author: string): number {
  return statement(db, "SELECT id FROM answers WHERE author = ?").pluck().get(author) as number;
}

export function latestCaseId(db: Db): number {
  return statement(db, "SELECT max(id) FROM cases").pluck().get() as number;
}

export function firstCaseIdOf(db: Db, team: string): number {
  return statement(db, "SELECT id FROM cases WHERE team = ? ORDER BY id LIMIT 1").pluck().get(team) as number;
}

export function latestProposalId(db: Db): number {
  return statement(db, "SELECT max(id) FROM proposals").pluck().get() as number;
}

export function submitterLookbackId(db: Db, caseId: number): number {
  return statement(db, "SELECT id FROM lookbacks WHERE case_id = ? AND role = 'submitter'").pluck().get(caseId) as number;
}
