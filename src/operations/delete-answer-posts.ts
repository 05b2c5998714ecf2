import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { MessageRef, Platform } from "../chat/vocabulary.ts";
import { listAnswerPostsBy } from "../reflection/answer-store.ts";
import type { Db } from "../storage/database.ts";

/** A post of the bot that still shows the person's answer, and why it is still there. */
export interface RemainingPost {
  ref: MessageRef;
  /** not-connected: this process has no connection to that platform; failed: the platform refused or failed. */
  reason: "not-connected" | "failed";
  /** The adapter's stable error code and message (never message text), when it failed. */
  failure?: string;
}

export interface PostDeletion {
  /** Deleted now, or already gone (someone removed it, or the console session that showed it ended). */
  deleted: MessageRef[];
  remaining: RemainingPost[];
}

/**
 * Deletes the bot's thread replies that show one person's answers, on every platform they were posted to.
 * One failure does not stop the others: the caller lists what remains, so an operator can remove it.
 */
export async function deleteAnswerPosts(db: Db, platforms: ReadonlyMap<Platform, ChatPlatform>, userKey: string): Promise<PostDeletion> {
  const result: PostDeletion = { deleted: [], remaining: [] };
  for (const ref of listAnswerPostsBy(db, userKey)) {
    const platform = platforms.get(ref.platform);
    if (!platform) {
      result.remaining.push({ ref, reason: "not-connected" });
      continue;
    }
    try {
      await platform.deleteMessage(ref);
      result.deleted.push(ref);
    } catch (error) {
      result.remaining.push({ ref, reason: "failed", failure: describeFailure(error) });
    }
  }
  return result;
}

/** Adapters throw coded errors whose messages name the call and ids, never message text. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" ? `${code}: ${message}` : message;
}
