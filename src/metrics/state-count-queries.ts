import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export interface LabelledCount {
  labels: Record<string, string>;
  count: number;
}

/** Cases per status, over all teams: no team, no person, no reference. */
export function countCasesByStatus(db: Db): LabelledCount[] {
  const rows = statement(db, "SELECT status, count(*) AS count FROM cases GROUP BY status").all() as { status: string; count: number }[];
  return rows.map(({ status, count }) => ({ labels: { status }, count }));
}

/** How the scheduler's job keys are named in metrics: teams' keys are never shown. */
export interface JobNaming {
  /** The configured teams' keys: "reflection:kcc" counts as "reflection:team". */
  teamKeys: ReadonlySet<string>;
  /** The jobs the scheduler runs now; any other key in the ledger (a team since removed) counts as "kind:other". */
  jobKeys: ReadonlySet<string>;
}

/**
 * The scheduler's ledger per job and status, with teams' keys replaced (see JobNaming); jobs of the
 * whole bot ("reflection:reminders", "digest:organisation", "retention") keep their names. Statuses:
 * claimed (running), done, skipped, missed (skipped while the bot was down) and failed. The ledger
 * spans every run in this database, across restarts.
 */
export function countScheduledSlots(db: Db, naming: JobNaming): LabelledCount[] {
  const rows = statement(
    db,
    `SELECT job, CASE WHEN status = 'skipped' AND note = 'missed' THEN 'missed' ELSE status END AS status, count(*) AS count
       FROM schedule_slots GROUP BY 1, 2`,
  ).all() as { job: string; status: string; count: number }[];
  const counts = new Map<string, LabelledCount>();
  for (const row of rows) {
    const job = nameJob(row.job, naming);
    const key = `${job} ${row.status}`;
    const entry = counts.get(key) ?? { labels: { job, status: row.status }, count: 0 };
    entry.count += row.count;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

function nameJob(key: string, naming: JobNaming): string {
  const [kind, part] = key.split(":", 2);
  if (part !== undefined && naming.teamKeys.has(part)) return `${kind}:team`;
  return naming.jobKeys.has(key) ? key : `${kind}:other`;
}
