import type { Db } from "../storage/database.ts";
import { countCasesWithPrefix, largestCaseId } from "./case-search-store.ts";

interface Counts {
  /** The highest case id when these counts were started; far fewer cases back then means stale counts. */
  sizeAt: number;
  byTerm: Map<string, number>;
}

const cache = new WeakMap<Db, Counts>();

/**
 * In how many cases each search term (as a prefix) occurs, from the full-text index (migration 6).
 * Counting a common word reads its whole posting list, so counts are kept per connection and started
 * afresh once the case file has grown by a twentieth: they only steer which words are searched.
 */
export function caseCountsOf(db: Db, terms: readonly string[]): Map<string, number> {
  const size = largestCaseId(db);
  let counts = cache.get(db);
  if (!counts || size > counts.sizeAt * 1.05 + 100) {
    counts = { sizeAt: size, byTerm: new Map() };
    cache.set(db, counts);
  }
  const result = new Map<string, number>();
  for (const term of terms) {
    let found = counts.byTerm.get(term);
    if (found === undefined) {
      found = countCasesWithPrefix(db, term);
      counts.byTerm.set(term, found);
    }
    result.set(term, found);
  }
  return result;
}
