import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// The full-text index over cases (migration 6) and its vocabulary table, for finding precedents.

/** The highest case id: how large the case file has grown. */
export function largestCaseId(db: Db): number {
  return (statement(db, "SELECT coalesce(max(id), 0) FROM cases").pluck().get() as number) ?? 0;
}

/** In how many cases a word occurs as a prefix of one of their words. */
export function countCasesWithPrefix(db: Db, prefix: string): number {
  return statement(db, "SELECT coalesce(sum(doc), 0) FROM cases_terms WHERE term >= ? AND term < ?").pluck().get(prefix, `${prefix}\uffff`) as number;
}

/** Up to 21 cases for an FTS5 query, best first (bm25; title and rule weigh most); a lower score is better. */
export function rankCases(db: Db, query: string): { id: number; score: number }[] {
  // Ranking inside the FTS table (rank, not bm25() over a join) lets FTS5 sort and stop at the limit itself.
  return statement(
    db,
    "SELECT rowid AS id, rank AS score FROM cases_fts WHERE cases_fts MATCH ? AND rank MATCH 'bm25(3.0, 2.0, 1.0)' ORDER BY rank LIMIT 21",
  ).all(query) as { id: number; score: number }[];
}

/** The rows of these cases, in no particular order. */
export function loadCaseRows(db: Db, ids: number[]): Record<string, unknown>[] {
  if (ids.length === 0) return [];
  return statement(db, `SELECT * FROM cases WHERE id IN (${ids.map(() => "?").join(", ")})`).all(...ids) as Record<string, unknown>[];
}
