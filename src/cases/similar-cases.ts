import type { Db } from "../storage/database.ts";
import type { CaseRecord } from "./case-model.ts";
import { toCase } from "./case-store.ts";

// Common Dutch and English words that say nothing about what a case is about.
const STOPWORDS = new Set(
  `de het een en van in op te dat die is niet voor met zijn er aan als ook door maar bij nog om uit dan wel
  wordt worden werd moet moeten kan kunnen hij zij ze wij we je jij u hun haar hem mijn ons onze over naar
  wat wie hoe waar omdat terwijl zonder tegen heeft hebben had was waren geen meer veel alle deze dit
  inwoner inwoners klant klanten burger mevrouw meneer iemand
  the and for with that this from have has are was were not but they their them into about when what`.split(/\s+/),
);

/** A weak candidate must score at least this share of the best match's relevance to be shown. */
const RELATIVE_RELEVANCE = 0.3;

export function searchTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
  return [...new Set(words)].slice(0, 24);
}

/** Turns free text into an FTS5 query: meaningful words, prefix-matched so Dutch inflections meet. */
export function toSearchQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  return terms.length === 0 ? undefined : terms.map((word) => `"${word}"*`).join(" OR ");
}

/**
 * The closest earlier cases by title, rule and situation (bm25; title and rule weigh most): precedent
 * for treating equal cases equally. A candidate must share at least two meaningful words and come
 * near the best match, so one shared word does not make a precedent.
 */
export function findSimilarCases(
  db: Db,
  text: { title: string; rule: string; situation: string },
  options: { excludeId?: number; limit?: number } = {},
): CaseRecord[] {
  const terms = searchTerms(`${text.title} ${text.rule} ${text.situation}`);
  if (terms.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT cases.*, bm25(cases_fts, 3.0, 2.0, 1.0) AS score FROM cases_fts JOIN cases ON cases.id = cases_fts.rowid
       WHERE cases_fts MATCH ? AND cases.id != ?
       ORDER BY score, cases.id DESC LIMIT 20`,
    )
    .all(terms.map((word) => `"${word}"*`).join(" OR "), options.excludeId ?? -1) as (Record<string, unknown> & { score: number })[];
  const best = rows[0]?.score ?? 0;
  return rows
    .filter((row) => row.score <= best * RELATIVE_RELEVANCE && sharedTerms(terms, row) >= Math.min(2, terms.length))
    .slice(0, options.limit ?? 3)
    .map(toCase);
}

function sharedTerms(terms: string[], row: Record<string, unknown>): number {
  const words = searchTerms(`${String(row.title)} ${String(row.rule)} ${String(row.situation)}`);
  return terms.filter((term) => words.some((word) => word.startsWith(term))).length;
}
