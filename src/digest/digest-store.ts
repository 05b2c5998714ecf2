import type { MessageRef, Platform } from "../chat/vocabulary.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// Digest runs (one per team and slot) and the posts each run made on a platform.

/** The end of the team's latest digest period before this moment, if any. */
export function previousPeriodEnd(db: Db, team: string, before: Date): string | null {
  return statement(db, "SELECT max(period_end) FROM digest_runs WHERE team = ? AND period_end < ?").pluck().get(team, before.toISOString()) as string | null;
}

/** Records a run; undefined when this team's slot has a run already (a retried slot). */
export function insertDigestRun(db: Db, run: { team: string; slot: string | null; start: Date; end: Date }, now: Date): number | undefined {
  const result = statement(db, "INSERT OR IGNORE INTO digest_runs (team, slot, period_start, period_end, posted_at) VALUES (?, ?, ?, ?, ?)").run(
    run.team,
    run.slot,
    run.start.toISOString(),
    run.end.toISOString(),
    now.toISOString(),
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : undefined;
}

export function isDigestPosted(db: Db, team: string, postKey: string, platform: Platform): boolean {
  return statement(db, "SELECT 1 FROM digest_posts WHERE team = ? AND slot = ? AND platform = ?").get(team, postKey, platform) !== undefined;
}

export function saveDigestPost(db: Db, team: string, postKey: string, platform: Platform, ref: MessageRef): void {
  statement(db, "INSERT INTO digest_posts (team, slot, platform, conversation_id, message_id) VALUES (?, ?, ?, ?, ?)").run(
    team,
    postKey,
    platform,
    ref.conversationId,
    ref.messageId,
  );
}
