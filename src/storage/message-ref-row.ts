import type { MessageRef, Platform } from "../chat/vocabulary.ts";

/** A stored post (platform, conversation_id, message_id and maybe thread_id columns) as a message reference. */
export function toMessageRef(row: Record<string, unknown>): MessageRef {
  const threadId = row.thread_id as string | null | undefined;
  return {
    platform: row.platform as Platform,
    conversationId: String(row.conversation_id),
    messageId: String(row.message_id),
    ...(threadId ? { threadId } : {}),
  };
}
