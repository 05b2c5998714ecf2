import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

// Health and readiness ask the database whether it answers and whether it can take the write lock.

/** Whether the database answers a trivial query. */
export function isDatabaseAnswering(db: Db): boolean {
  return statement(db, "SELECT 1 AS ok").get() !== undefined;
}

/** Writes one harmless row, to take the write lock; the caller runs it in a transaction it rolls back. */
export function writeProbeRow(db: Db, now: Date): void {
  statement(db, "INSERT OR REPLACE INTO schedule_jobs (job, first_seen_at) VALUES ('readiness-probe', ?)").run(now.toISOString());
}
