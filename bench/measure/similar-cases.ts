import { findSimilarCases } from "../../src/cases/similar-cases.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { Random } from "../seed/random.ts";
import { caseQuery } from "../seed/texts.ts";
import { percentile } from "./percentile.ts";

export interface SimilarFigures {
  p50Ms: number;
  p99Ms: number;
  lookups: number;
  /** Share of lookups that found at least one precedent: a fast search that finds nothing proves little. */
  foundShare: number;
}

/** The precedent search a submitter and the triage thread see, as new cases would ask it. */
export function measureSimilarCases(path: string, lookups: number): SimilarFigures {
  const db = openDatabase(path);
  try {
    const random = new Random(7);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < lookups + 50; i += 1) {
      const query = caseQuery(random);
      const started = performance.now();
      const similar = findSimilarCases(db, query);
      // The first 50 warm the page cache, as a running bot's would be.
      if (i >= 50) {
        times.push(performance.now() - started);
        if (similar.length > 0) found += 1;
      }
    }
    return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), lookups, foundShare: found / lookups };
  } finally {
    db.close();
  }
}
