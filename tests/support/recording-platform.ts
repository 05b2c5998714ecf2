import type { ChatPlatform, ResolvedUser } from "../../src/chat/chat-platform.ts";
import type { Message, MessageRef, Platform, UserRef } from "../../src/chat/vocabulary.ts";

export interface Recorded {
  ref: MessageRef;
  message: Message;
}

/**
 * An in-memory chat platform for core tests: it keeps what was posted, updated, deleted and sent
 * directly, like a chat server would. (Adapter tests use the real SDKs against fake HTTP servers instead.)
 */
export class RecordingPlatform implements ChatPlatform {
  readonly posts: Recorded[] = [];
  readonly directs: { user: UserRef; message: Message }[] = [];
  /** Every message the core asked to delete, also those already gone. */
  readonly deleted: MessageRef[] = [];
  private next = 1;
  failNextPosts = 0;

  constructor(readonly platform: Platform = "console", private readonly members = 10) {}

  async post(conversationId: string, message: Message, threadId?: string): Promise<MessageRef> {
    if (this.failNextPosts > 0) {
      this.failNextPosts -= 1;
      throw Object.assign(new Error("platform unavailable"), { code: "platform_unavailable" });
    }
    const ref = { platform: this.platform, conversationId, messageId: `m${this.next++}`, threadId };
    this.posts.push({ ref, message });
    return ref;
  }

  async update(ref: MessageRef, message: Message): Promise<void> {
    const found = this.posts.find((post) => post.ref.messageId === ref.messageId);
    if (found) found.message = message;
  }

  async deleteMessage(ref: MessageRef): Promise<void> {
    const index = this.posts.findIndex((post) => post.ref.messageId === ref.messageId);
    if (index >= 0) this.posts.splice(index, 1);
    this.deleted.push(ref);
  }

  async sendDirect(user: UserRef, message: Message): Promise<void> {
    this.directs.push({ user, message });
  }

  async resolveUser(user: UserRef): Promise<ResolvedUser> {
    return { id: user.id, displayName: user.id };
  }

  async countMembers(): Promise<number | undefined> {
    return this.members;
  }

  textOf(conversationId: string): string[] {
    return this.posts.filter((post) => post.ref.conversationId === conversationId && !post.ref.threadId).map((post) => allText(post.message));
  }
}

export function allText(message: Message): string {
  return message.blocks
    .map((block) => {
      if (block.type === "fields") return block.fields.map((field) => `${field.label}: ${field.value}`).join("\n");
      if (block.type === "buttons") return block.buttons.map((button) => button.label).join(" ");
      if (block.type === "image") return block.alt;
      return block.type === "divider" ? "" : block.text;
    })
    .join("\n");
}
