import { randomUUID } from "node:crypto";
import type { types } from "@slack/bolt";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { SlackApi } from "./slack-api.ts";

interface PostedMessage {
  ts: string;
}

interface FoundMessages {
  messages?: { ts: string; metadata?: { event_payload?: { delivery?: unknown } } }[];
}

/** Marks our posts so that a post whose answer was lost can be found again instead of sent twice. */
export const DELIVERY_EVENT_TYPE = "bedoeling_delivery";

/**
 * chat.postMessage, paced per channel and sent at most once. Every post carries a delivery id in its
 * message metadata; when Slack does not answer in time, the conversation is searched for that id before
 * the post is sent again (Slack has no idempotency key for posts).
 */
export class MessagePoster {
  constructor(
    private readonly api: SlackApi,
    private readonly pacer: ChannelPacer,
    private readonly now: () => number = Date.now,
  ) {}

  async post(channel: string, text: string, blocks: types.KnownBlock[], threadTs?: string): Promise<string> {
    const delivery = randomUUID();
    // Search from a minute before sending, to allow for clock differences with Slack.
    const oldest = (this.now() / 1000 - 60).toFixed(6);
    const result = await this.api.call<PostedMessage>(
      "chat.postMessage",
      {
        channel,
        text,
        blocks,
        thread_ts: threadTs,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { delivery } },
      },
      {
        beforeAttempt: () => this.pacer.waitForTurn(channel),
        confirm: () => this.find(channel, delivery, oldest, threadTs),
      },
    );
    return result.ts;
  }

  private async find(channel: string, delivery: string, oldest: string, threadTs?: string): Promise<PostedMessage | undefined> {
    const args = { channel, oldest, limit: 100, include_all_metadata: true };
    const found = threadTs
      ? await this.api.call<FoundMessages>("conversations.replies", { ...args, ts: threadTs }, { isIdempotent: true })
      : await this.api.call<FoundMessages>("conversations.history", args, { isIdempotent: true });
    const message = found.messages?.find((candidate) => candidate.metadata?.event_payload?.delivery === delivery);
    return message ? { ts: message.ts } : undefined;
  }
}
