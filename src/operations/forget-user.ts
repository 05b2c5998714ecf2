import type { ChatPlatform } from "../chat/chat-platform.ts";
import { formatUser, type Platform, type UserRef } from "../chat/vocabulary.ts";
import { inTransaction, type Db } from "../storage/database.ts";
import { forgetDeliveriesBefore } from "../storage/deliveries.ts";
import { deleteAnswerPosts, type PostDeletion } from "./delete-answer-posts.ts";
import { eraseFromLearning } from "../proposals/learning-record-store.ts";
import { eraseFromTeams } from "../team/team-record-store.ts";
import { eraseFromCoreRecords, recordErasure, type CoreErasure } from "./erasure-store.ts";

/** Dedupe keys this young are kept: a platform may still be retrying a delivery (Slack: up to minutes). */
export const RECENT_DELIVERY_MS = 10 * 60_000;

export interface ErasureCounts extends CoreErasure {
  /** Proposals, escalations, look-backs and their history entries that no longer name the person. */
  learningEntries: number;
  /** Pauses and team bedoelingen that no longer name who set them (they stay, for the team). */
  teamEntries: number;
  /** Dedupe keys of everyone older than RECENT_DELIVERY_MS: older key formats held user ids. */
  deliveries: number;
}

export interface ErasureReport extends ErasureCounts {
  posts: PostDeletion;
  /** Whether anything about this person was stored at all. */
  isFound: boolean;
  /** False when another connection kept the WAL busy: old page images may stay until the next checkpoint. */
  isWalCheckpointed: boolean;
}

export interface ErasureParts {
  db: Db;
  platforms: ReadonlyMap<Platform, ChatPlatform>;
  now: Date;
}

/**
 * AVG/GDPR erasure of one person. First the bot's posts of their answers go from the platforms (after
 * the data goes, nothing points at them any more); then their answers, logbook and conversation
 * references; cases stay, without their identity; audit entries keep what happened but not who (a
 * tombstone). The erasure itself is recorded with counts only, never with the identity.
 */
export async function forgetUser(parts: ErasureParts, user: UserRef): Promise<ErasureReport> {
  const key = formatUser(user);
  const posts = await deleteAnswerPosts(parts.db, parts.platforms, key);
  const counts = erase(parts.db, key, parts.now);
  // secure_delete zeroes the old content in the file; the checkpoint moves that from the WAL into it.
  const [checkpoint] = parts.db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  const personal = Object.entries(counts).filter(([kind]) => kind !== "deliveries");
  return {
    ...counts,
    posts,
    isFound: posts.deleted.length + posts.remaining.length > 0 || personal.some(([, count]) => count > 0),
    isWalCheckpointed: checkpoint?.busy === 0,
  };
}

function erase(db: Db, key: string, now: Date): ErasureCounts {
  return inTransaction(db, () => {
    const core = eraseFromCoreRecords(db, key);
    const learningEntries = eraseFromLearning(db, key);
    const teamEntries = eraseFromTeams(db, key);
    const deliveries = forgetDeliveriesBefore(db, new Date(now.getTime() - RECENT_DELIVERY_MS));
    recordErasure(db, core, now);
    const { answers, logbookEntries, logbookSubscriptions, casesDeidentified, auditEntries, conversations, promptDeferrals } = core;
    return { answers, logbookEntries, logbookSubscriptions, casesDeidentified, auditEntries, conversations, learningEntries, promptDeferrals, teamEntries, deliveries };
  });
}
