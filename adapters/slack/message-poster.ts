import { randomUUID } from "node:crypto";
import type { types } from "@slack/bolt";
import type { Delivery } from "../../src/chat/vocabulary.ts";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { SlackApi } from "./slack-api.ts";

interface PostedMessage {
  ts: string;
}

interface OutgoingPost {
  channel: string;
  text: string;
  blocks: types.KnownBlock[];
  threadTs?: string;
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

  /** Posts once; with a delivery from the outbox, also across attempts and restarts (see postOnce). */
  async post(channel: string, text: string, blocks: types.KnownBlock[], threadTs?: string, delivery?: Delivery): Promise<string> {
    const post: OutgoingPost = { channel, text, blocks, threadTs };
    return this.postOnce(post, delivery ?? { key: randomUUID(), mayExist: false, since: new Date(this.now()).toISOString() });
  }

  /**
   * A post from the outbox carries its own delivery id. When an earlier attempt may have reached Slack
   * (the process was killed, the answer was lost), the conversation is searched for it first.
   */
  private async postOnce(post: OutgoingPost, delivery: Delivery): Promise<string> {
    // Search from a minute before the effect was written, to allow for clock differences with Slack.
    const oldest = (Date.parse(delivery.since) / 1000 - 60).toFixed(6);
    if (delivery.mayExist) {
      const found = await this.find(post.channel, delivery.key, oldest, post.threadTs);
      if (found) return found.ts;
    }
    return this.send(post, delivery.key, oldest);
  }

  private async send({ channel, text, blocks, threadTs }: OutgoingPost, delivery: string, oldest: string): Promise<string> {
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
