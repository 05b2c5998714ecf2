import type { Config } from "../config/config-schema.ts";
import { inTransaction, type Db } from "../storage/database.ts";
import { forgetDeliveriesBefore } from "../storage/deliveries.ts";
import { configuredChannels } from "./configured-channels.ts";
import { expireLearning } from "../proposals/learning-records.ts";
import { expireTeamRecords } from "../team/team-records.ts";

export interface RetentionReport {
  answers: number;
  logbookEntries: number;
  closedCases: number;
  auditEntries: number;
  /** Proposals and history entries of the learning loop (src/proposals/learning-records.ts). */
  learningEntries: number;
  /** Skips and reminders of prompts, and who paused a team or set its bedoeling (src/team/team-records.ts). */
  teamEntries: number;
  deliveries: number;
  conversations: number;
}

/** What retention reads from the configuration: the periods, and the channels that must stay reachable. */
export type RetentionSettings = Pick<Config, "retention" | "teams" | "organisation"> & Partial<Pick<Config, "addressees">>;

const DAY_MS = 86_400_000;
const DELIVERY_KEYS_DAYS = 7;
const GIVEN_UP_OUTBOX_DAYS = 30;
/** Skips and reminders name a person and are only counts: kept no longer than answers, and never over 90 days. */
const DEFERRAL_DAYS = 90;
/** Who paused a team or set its bedoeling, when no audit period is configured. */
const NAMES_DAYS = 365;

/**
 * Deletes what is older than the configured retention, per kind of data, in one transaction; then
 * makes sure nothing of it lingers in the files: the full-text index is merged when cases went (with
 * FTS5 secure-delete on, migration 9, their words already left the segments), and the WAL, which
 * still holds the old page images, is checkpointed and emptied.
 */
export function enforceRetention(db: Db, config: RetentionSettings, now: Date): RetentionReport {
  const report = inTransaction(db, () => deleteExpired(db, config, now));
  if (report.closedCases > 0) inTransaction(db, () => db.exec("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')"));
  db.pragma("wal_checkpoint(TRUNCATE)");
  return report;
}

function deleteExpired(db: Db, config: RetentionSettings, now: Date): RetentionReport {
  const { retention } = config;
  const before = (days: number | undefined) => (days ? new Date(now.getTime() - days * DAY_MS).toISOString() : undefined);
  const deleteBefore = (sql: string, days: number | undefined) => {
    const cutoff = before(days);
    return cutoff ? db.prepare(sql).run(cutoff).changes : 0;
  };
  const answers = deleteBefore("DELETE FROM answers WHERE updated_at < ?", retention.answersDays);
  const logbookEntries = deleteBefore("DELETE FROM logbook_entries WHERE created_at < ?", retention.logbookDays);
  const closedCases = deleteBefore("DELETE FROM cases WHERE status = 'closed' AND last_moved_at < ?", retention.closedCasesDays);
  const auditEntries = deleteBefore(
    "DELETE FROM case_events WHERE at < ? AND case_id IN (SELECT id FROM cases WHERE status = 'closed')",
    retention.auditDays,
  );
  // Escalations and look-backs went with their cases; decided proposals without cases, and old history, go now.
  const learningEntries = expireLearning(db, { closedBefore: before(retention.closedCasesDays), auditBefore: before(retention.auditDays) });
  const deferralsBefore = before(Math.min(retention.answersDays ?? DEFERRAL_DAYS, DEFERRAL_DAYS))!;
  const teamEntries = expireTeamRecords(db, { deferralsBefore, namesBefore: before(retention.auditDays ?? NAMES_DAYS)! });
  const deliveries = forgetDeliveriesBefore(db, new Date(now.getTime() - DELIVERY_KEYS_DAYS * DAY_MS));
  // Outbox items given up long ago (an operator did not retry them) may hold message text: they go too.
  db.prepare("DELETE FROM outbox WHERE status = 'failed' AND created_at < ?").run(new Date(now.getTime() - GIVEN_UP_OUTBOX_DAYS * DAY_MS).toISOString());
  const conversations = forgetUnusedConversations(db, config, before(retention.conversationsDays)!);
  return { answers, logbookEntries, closedCases, auditEntries, learningEntries, teamEntries, deliveries, conversations };
}

/**
 * Personal chats and channels nobody configured, not heard from since the cutoff. A configured team
 * channel stays whatever its age: Teams lets the bot post only where it holds a reference, and a
 * quiet triage channel must still receive its cases.
 */
function forgetUnusedConversations(db: Db, config: RetentionSettings, cutoff: string): number {
  return db
    .prepare(
      `DELETE FROM conversations WHERE updated_at < ?
       AND (kind = 'personal' OR platform || ' ' || conversation_id NOT IN (SELECT value FROM json_each(?)))`,
    )
    .run(cutoff, JSON.stringify(configuredChannels(config))).changes;
}
