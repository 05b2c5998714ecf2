import type { Delivery, Message, MessageRef, Platform, UserRef } from "./vocabulary.ts";

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
  /**
   * Post to a conversation, or as a reply in a thread when threadId is given. With a delivery from the
   * outbox, a platform that can find its earlier post by that key returns it instead of posting twice.
   */
  post(conversationId: string, message: Message, threadId?: string, delivery?: Delivery): Promise<MessageRef>;
  /** Replaces one of the bot's own messages; a message someone removed is left gone (no error, no new post). */
  update(ref: MessageRef, message: Message): Promise<void>;
  /** Deletes one of the bot's own messages; a message that is already gone counts as deleted. */
  deleteMessage(ref: MessageRef): Promise<void>;
  sendDirect(user: UserRef, message: Message, delivery?: Delivery): Promise<void>;
  resolveUser(user: UserRef): Promise<ResolvedUser>;
  /** How many people are in a conversation, for answer rates; undefined when unknown. */
  countMembers(conversationId: string): Promise<number | undefined>;
}
