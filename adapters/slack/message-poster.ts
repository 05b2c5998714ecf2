import { createHash, randomUUID } from "node:crypto";
import type { types } from "@slack/bolt";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { SlackApi } from "./slack-api.ts";
import { SlackError } from "./slack-errors.ts";

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
  /**
   * Posts whose fate stayed unknown (no answer, and the search failed too), by what was sent where:
   * the same message sent there again (a retried job) is first looked for instead of posted twice.
   */
  private readonly unconfirmed = new Map<string, { delivery: string; oldest: string }>();

  constructor(
    private readonly api: SlackApi,
    private readonly pacer: ChannelPacer,
    private readonly now: () => number = Date.now,
  ) {}

  async post(channel: string, text: string, blocks: types.KnownBlock[], threadTs?: string): Promise<string> {
    const post: OutgoingPost = { channel, text, blocks, threadTs };
    const sameMessage = createHash("sha256").update(JSON.stringify([channel, threadTs ?? "", text, blocks])).digest("hex");
    const earlier = this.unconfirmed.get(sameMessage);
    if (earlier) {
      // A failing search throws here: still unknown, so still not sent again.
      const found = await this.find(channel, earlier.delivery, earlier.oldest, threadTs);
      this.unconfirmed.delete(sameMessage);
      if (found) return found.ts;
    }
    const delivery = randomUUID();
    // Search from a minute before sending, to allow for clock differences with Slack.
    const oldest = (this.now() / 1000 - 60).toFixed(6);
    try {
      return await this.send(post, delivery, oldest);
    } catch (error) {
      if (error instanceof SlackError && error.code === "slack_delivery_unknown") this.unconfirmed.set(sameMessage, { delivery, oldest });
      throw error;
    }
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
