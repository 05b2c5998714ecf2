import type { Db } from "../storage/database.ts";
import type { CaseRecord } from "./case-model.ts";
import { loadCaseRows, rankCases } from "./case-search-store.ts";
import { toCase } from "./case-store.ts";
import { caseCountsOf } from "./term-counts.ts";

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
 * How much of the index one search may rank, counted in (word, case) postings: ranking costs about a
 * microsecond per matching case. Words that occur in thousands of cases say little about which case is
 * a precedent, so the search ranks on the most specific words first, as many as fit.
 */
const POSTINGS_BUDGET = 10_000;
const MAX_TERMS = 12;

/**
 * The FTS5 query for these words: the most specific ones that fit the budget, any of them; or, when
 * even the rarest word is that common, cases that have both of the two rarest words (a precedent must
 * share two meaningful words anyway).
 */
function toRankedQuery(db: Db, terms: string[]): string {
  const counts = caseCountsOf(db, terms);
  const byRarity = [...terms].sort((a, b) => counts.get(a)! - counts.get(b)!);
  const chosen: string[] = [];
  let postings = 0;
  for (const term of byRarity) {
    postings += counts.get(term)!;
    if (postings > POSTINGS_BUDGET || chosen.length === MAX_TERMS) break;
    chosen.push(term);
  }
  const phrase = (word: string) => `"${word}"*`;
  if (chosen.length > 0) return chosen.map(phrase).join(" OR ");
  return byRarity.slice(0, 2).map(phrase).join(" AND ");
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
  const ranked = rankCases(db, toRankedQuery(db, terms));
  const candidates = ranked.filter((row) => row.id !== options.excludeId).slice(0, 20);
  const best = candidates[0]?.score ?? 0;
  const byId = new Map(loadCaseRows(db, candidates.map((row) => row.id)).map((row) => [Number(row.id), row]));
  return candidates
    .filter((candidate) => candidate.score <= best * RELATIVE_RELEVANCE)
    .map((candidate) => byId.get(candidate.id))
    .filter((row): row is Record<string, unknown> => row !== undefined && sharedTerms(terms, row) >= Math.min(2, terms.length))
    .slice(0, options.limit ?? 3)
    .map(toCase);
}

function sharedTerms(terms: string[], row: Record<string, unknown>): number {
  const words = searchTerms(`${String(row.title)} ${String(row.rule)} ${String(row.situation)}`);
  return terms.filter((term) => words.some((word) => word.startsWith(term))).length;
}
