import type { ChatPlatform, ResolvedUser } from "../../src/chat/chat-platform.ts";
import type { Delivery, Language, Message, MessageRef, UserRef } from "../../src/chat/vocabulary.ts";
import type { MessagePoster } from "./message-poster.ts";
import type { SlackApi } from "./slack-api.ts";
import { TtlCache } from "../../src/cache/ttl-cache.ts";
import { SlackError } from "./slack-errors.ts";
import { slackTexts } from "./slack-texts.ts";
import { filesOf, imagesOf, paginateBlocks, toBlockKit, toFallbackText } from "./to-block-kit.ts";
import { FileUploader } from "./upload-file.ts";

interface UserInfo {
  user?: { id: string; name?: string; real_name?: string; profile?: { display_name?: string; real_name?: string } };
}

/** The core's ChatPlatform on Slack: conversations are channel ids, message ids are Slack's ts. */
export class SlackPlatform implements ChatPlatform {
  readonly platform = "slack" as const;
  // A burst of answers in one team asks for the same people's names and DM channels again and again.
  private readonly names = new TtlCache<string>(60 * 60_000, 20_000);
  private readonly directChannels = new TtlCache<string>(24 * 60 * 60_000, 20_000);
  private readonly files: FileUploader;

  constructor(
    private readonly api: SlackApi,
    private readonly poster: MessagePoster,
    private readonly language: Language,
  ) {
    this.files = new FileUploader(api);
  }

  /** A message longer than Slack's 50 blocks continues in its own thread; its pictures and files go into that thread. */
  async post(conversationId: string, message: Message, threadId?: string, delivery?: Delivery): Promise<MessageRef> {
    const [first = [], ...rest] = paginateBlocks(toBlockKit(message));
    const ts = await this.poster.post(conversationId, toFallbackText(message), first, threadId, delivery);
    for (const page of rest) {
      const pageDelivery = delivery && { ...delivery, key: `${delivery.key}-${rest.indexOf(page) + 2}` };
      await this.poster.post(conversationId, slackTexts[this.language].continued, page, threadId ?? ts, pageDelivery);
    }
    await this.files.shareImages(conversationId, threadId ?? ts, imagesOf(message), filesOf(message));
    return { platform: "slack", conversationId, messageId: ts, threadId };
  }

  /** Updates show the first 50 blocks; the messages we update (prompts, cases) are far shorter. */
  /** chat.update; a message someone removed (message_not_found) has nothing left to update. */
  async update(ref: MessageRef, message: Message): Promise<void> {
    const [first = []] = paginateBlocks(toBlockKit(message));
    try {
      await this.api.call("chat.update", { channel: ref.conversationId, ts: ref.messageId, text: toFallbackText(message), blocks: first }, { isIdempotent: true });
    } catch (error) {
      if (error instanceof SlackError && error.details.slackError === "message_not_found") return;
      throw error;
    }
  }

  /** chat.delete; Slack's message_not_found means someone removed it already, which is what we wanted. */
  async deleteMessage(ref: MessageRef): Promise<void> {
    try {
      await this.api.call("chat.delete", { channel: ref.conversationId, ts: ref.messageId }, { isIdempotent: true });
    } catch (error) {
      if (error instanceof SlackError && error.details.slackError === "message_not_found") return;
      throw error;
    }
  }

  async sendDirect(user: UserRef, message: Message, delivery?: Delivery): Promise<void> {
    await this.post(await this.openDirect(user.id), message, undefined, delivery);
  }

  async openDirect(userId: string): Promise<string> {
    return this.directChannels.getOrLoad(userId, async () => {
      const opened = await this.api.call<{ channel?: { id?: string } }>("conversations.open", { users: userId }, { isIdempotent: true });
      if (!opened.channel?.id) throw new SlackError("slack_unexpected", "conversations.open", "no channel in answer");
      return opened.channel.id;
    });
  }

  async resolveUser(user: UserRef): Promise<ResolvedUser> {
    const displayName = await this.names.getOrLoad(user.id, async () => {
      const info = await this.api.call<UserInfo>("users.info", { user: user.id }, { isIdempotent: true });
      const profile = info.user?.profile;
      return profile?.display_name || profile?.real_name || info.user?.real_name || info.user?.name || user.id;
    });
    return { id: user.id, displayName };
  }

  async countMembers(conversationId: string): Promise<number | undefined> {
    try {
      const info = await this.api.call<{ channel?: { num_members?: number } }>(
        "conversations.info",
        { channel: conversationId, include_num_members: true },
        { isIdempotent: true },
      );
      return info.channel?.num_members;
    } catch (error) {
      // Unknown is an answer the port allows (the digest then leaves out rates); other failures are real.
      if (error instanceof SlackError && error.code === "slack_api_error") return undefined;
      throw error;
    }
  }
}
