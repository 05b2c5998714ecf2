import type { Message, MessageRef, Platform, UserRef } from "./vocabulary.ts";

export interface ResolvedUser {
  id: string;
  displayName: string;
}

/**
 * What the core needs from a chat platform. Every adapter implements all of it.
 * Opening a form is not here: only an interaction can open one (see Reply).
 */
export interface ChatPlatform {
  readonly platform: Platform;
  /** Post to a conversation, or as a reply in a thread when threadId is given. */
  post(conversationId: string, message: Message, threadId?: string): Promise<MessageRef>;
  update(ref: MessageRef, message: Message): Promise<void>;
  sendDirect(user: UserRef, message: Message): Promise<void>;
  resolveUser(user: UserRef): Promise<ResolvedUser>;
  /** How many people are in a conversation, for answer rates; undefined when unknown. */
  countMembers(conversationId: string): Promise<number | undefined>;
}
