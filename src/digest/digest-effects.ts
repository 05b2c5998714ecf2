import type { Core } from "../dispatch/core.ts";
import type { Message, Platform } from "../chat/vocabulary.ts";
import { enqueue } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { insertDigestRun, isDigestPosted, saveDigestPost } from "./digest-store.ts";

export { ORGANISATION } from "../team/find-team.ts";

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
    const runId = insertDigestRun(core.db, { team, slot, ...period }, core.clock.now());
    if (runId === undefined) return false;
    const postKey = slot ?? `run:${runId}`;
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
      if (isDigestPosted(core.db, team, postKey, platform)) return;
      const ref = await connectedPlatform(core, platform).post(channel, message, undefined, delivery("digest"));
      saveDigestPost(core.db, team, postKey, platform, ref);
    },
  };
}
