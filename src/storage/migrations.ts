import { firstSchema } from "./migrations/1-first-schema.ts";
import { logbookDigestsSearch } from "./migrations/2-7-logbook-digests-search.ts";
import { trustAndArgument } from "./migrations/8-11-trust-and-argument.ts";
import { learningLoopAndRhythms } from "./migrations/12-13-learning-loop-and-rhythms.ts";

// Numbered migrations. Never edit one that has shipped; add the next number instead.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order of its version; each group lives in migrations/ by the versions it holds. */
export const MIGRATIONS: Migration[] = [...firstSchema, ...logbookDigestsSearch, ...trustAndArgument, ...learningLoopAndRhythms];
