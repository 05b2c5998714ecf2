import type { Core } from "../app/core.ts";
import type { Message, Platform } from "../chat/vocabulary.ts";
import { enqueue } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export { ORGANISATION } from "../app/core.ts";

export interface DigestTarget {
  platform: Platform;
  channel: string;
}

/**
 * Records a digest run and writes its posts to the outbox, in one transaction. A scheduled digest is
 * recorded once per slot: a retried slot finds its run and writes nothing again.
 */
export function recordDigest(
  core: Core,
  team: string,
  slot: string | null,
  period: { start: Date; end: Date },
  message: Message,
  targets: DigestTarget[],
): boolean {
  return inTransaction(core.db, () => {
    const run = statement(core.db, "INSERT OR IGNORE INTO digest_runs (team, slot, period_start, period_end, posted_at) VALUES (?, ?, ?, ?, ?)").run(
      team,
      slot,
      period.start.toISOString(),
      period.end.toISOString(),
      core.clock.now().toISOString(),
    );
    if (run.changes !== 1) return false;
    const postKey = slot ?? `run:${run.lastInsertRowid}`;
    for (const target of targets) {
      const args = { team, postKey, platform: target.platform, channel: target.channel, message };
      enqueue(core.db, { lane: `${target.platform}:${target.channel}`, kind: "digest.post", args }, core.clock.now());
    }
    return true;
  });
}

export function digestTasks(core: Core): Record<string, OutboxTask> {
  return {
    "digest.post": async (args, delivery) => {
      const { team, postKey, platform, channel, message } = args as { team: string; postKey: string; platform: Platform; channel: string; message: Message };
      const isPosted = statement(core.db, "SELECT 1 FROM digest_posts WHERE team = ? AND slot = ? AND platform = ?").get(team, postKey, platform);
      if (isPosted) return;
      const ref = await connectedPlatform(core, platform).post(channel, message, undefined, delivery("digest"));
      statement(core.db, "INSERT INTO digest_posts (team, slot, platform, conversation_id, message_id) VALUES (?, ?, ?, ?, ?)").run(
        team,
        postKey,
        platform,
        ref.conversationId,
        ref.messageId,
      );
    },
  };
}
