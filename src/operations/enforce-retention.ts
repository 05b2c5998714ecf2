import type { Config } from "../config/config-schema.ts";
import { inTransaction, type Db } from "../storage/database.ts";
import { forgetDeliveriesBefore } from "../storage/deliveries.ts";
import { configuredChannels } from "./configured-channels.ts";
import { expireLearning } from "../proposals/learning-record-store.ts";
import { expireTeamRecords } from "../team/team-record-store.ts";
import {
  deleteAnswersBefore,
  deleteClosedCaseAuditBefore,
  deleteClosedCasesBefore,
  deleteGivenUpOutboxBefore,
  deleteLogbookEntriesBefore,
  deleteUnusedConversations,
  optimiseCaseIndex,
} from "./retention-store.ts";

export interface RetentionReport {
  answers: number;
  logbookEntries: number;
  closedCases: number;
  auditEntries: number;
  /** Proposals and history entries of the learning loop (src/proposals/learning-record-store.ts). */
  learningEntries: number;
  /** Skips and reminders of prompts, and who paused a team or set its bedoeling (src/team/team-record-store.ts). */
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
  if (report.closedCases > 0) inTransaction(db, () => optimiseCaseIndex(db));
  db.pragma("wal_checkpoint(TRUNCATE)");
  return report;
}

function deleteExpired(db: Db, config: RetentionSettings, now: Date): RetentionReport {
  const { retention } = config;
  const before = (days: number | undefined) => (days ? new Date(now.getTime() - days * DAY_MS).toISOString() : undefined);
  const deleteBefore = (remove: (db: Db, cutoff: string) => number, days: number | undefined) => {
    const cutoff = before(days);
    return cutoff ? remove(db, cutoff) : 0;
  };
  const answers = deleteBefore(deleteAnswersBefore, retention.answersDays);
  const logbookEntries = deleteBefore(deleteLogbookEntriesBefore, retention.logbookDays);
  const closedCases = deleteBefore(deleteClosedCasesBefore, retention.closedCasesDays);
  const auditEntries = deleteBefore(deleteClosedCaseAuditBefore, retention.auditDays);
  // Escalations and look-backs went with their cases; decided proposals without cases, and old history, go now.
  const learningEntries = expireLearning(db, { closedBefore: before(retention.closedCasesDays), auditBefore: before(retention.auditDays) });
  const deferralsBefore = before(Math.min(retention.answersDays ?? DEFERRAL_DAYS, DEFERRAL_DAYS))!;
  const teamEntries = expireTeamRecords(db, { deferralsBefore, namesBefore: before(retention.auditDays ?? NAMES_DAYS)! });
  const deliveries = forgetDeliveriesBefore(db, new Date(now.getTime() - DELIVERY_KEYS_DAYS * DAY_MS));
  // Outbox items given up long ago (an operator did not retry them) may hold message text: they go too.
  deleteGivenUpOutboxBefore(db, new Date(now.getTime() - GIVEN_UP_OUTBOX_DAYS * DAY_MS).toISOString());
  const conversations = deleteUnusedConversations(db, before(retention.conversationsDays)!, configuredChannels(config));
  return { answers, logbookEntries, closedCases, auditEntries, learningEntries, teamEntries, deliveries, conversations };
}
