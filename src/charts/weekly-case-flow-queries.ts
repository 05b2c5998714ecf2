import { WAITING_STATUSES } from "../cases/case-model.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import type { Week } from "./chart-weeks.ts";

export interface WeekCaseFlow {
  opened: number;
  decided: number;
  /** Cases in a waiting state at the end of the week. */
  waiting: number;
}

const WAITING = WAITING_STATUSES.map((status) => `'${status}'`).join(", ");

// A case's state at a moment is the target of its last move before then; a case without moves was submitted.
const SQL = `SELECT
    (SELECT count(*) FROM cases WHERE team = @team AND created_at >= @start AND created_at < @end) AS opened,
    (SELECT count(DISTINCT e.case_id) FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE c.team = @team AND e.kind = 'move' AND e.to_status = 'decided' AND e.at >= @start AND e.at < @end) AS decided,
    (SELECT count(*) FROM cases c WHERE c.team = @team AND c.created_at < @end AND coalesce(
      (SELECT e.to_status FROM case_events e WHERE e.case_id = c.id AND e.kind = 'move' AND e.at < @end ORDER BY e.at DESC, e.id DESC LIMIT 1),
      'submitted') IN (${WAITING})) AS waiting`;

/** Opened, decided and waiting cases of a team, per week. */
export function weeklyCaseFlow(db: Db, team: string, weeks: Week[]): WeekCaseFlow[] {
  const query = statement(db, SQL);
  return weeks.map((week) => query.get({ team, start: week.start.toISOString(), end: week.end.toISOString() }) as WeekCaseFlow);
}
