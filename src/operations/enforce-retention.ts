import type { Config } from "../config/config-schema.ts";
import { inTransaction, type Db } from "../storage/database.ts";
import { forgetDeliveriesBefore } from "../storage/deliveries.ts";

export interface RetentionReport {
  answers: number;
  logbookEntries: number;
  closedCases: number;
  auditEntries: number;
  deliveries: number;
}

const DELIVERY_KEYS_DAYS = 7;

/** Deletes what is older than the configured retention, per kind of data, in one transaction. */
export function enforceRetention(db: Db, retention: Config["retention"], now: Date): RetentionReport {
  const before = (days: number | undefined) => (days ? new Date(now.getTime() - days * 86_400_000).toISOString() : undefined);
  return inTransaction(db, () => {
    const answersBefore = before(retention.answersDays);
    const casesBefore = before(retention.closedCasesDays);
    const auditBefore = before(retention.auditDays);
    const answers = answersBefore ? db.prepare("DELETE FROM answers WHERE updated_at < ?").run(answersBefore).changes : 0;
    const logbookBefore = before(retention.logbookDays);
    const logbookEntries = logbookBefore ? db.prepare("DELETE FROM logbook_entries WHERE created_at < ?").run(logbookBefore).changes : 0;
    const closedCases = casesBefore
      ? db.prepare("DELETE FROM cases WHERE status = 'closed' AND last_moved_at < ?").run(casesBefore).changes
      : 0;
    const auditEntries = auditBefore
      ? db.prepare("DELETE FROM case_events WHERE at < ? AND case_id IN (SELECT id FROM cases WHERE status = 'closed')").run(auditBefore).changes
      : 0;
    const deliveries = forgetDeliveriesBefore(db, new Date(now.getTime() - DELIVERY_KEYS_DAYS * 86_400_000));
    return { answers, logbookEntries, closedCases, auditEntries, deliveries };
  });
}
