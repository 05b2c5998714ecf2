// Teams paces what a bot sends per conversation (7 a second, 8 in 2 s, 60 in 30 s). A reply that
// waited for pacing within the turn would hold the HTTP request, and 50 messages in flight in one chat
// would time out. So a turn's reply goes within the turn only when pacing lets it go at once and
// nothing of the conversation waits (reply-lanes.ts); otherwise the turn writes it to the outbox in
// one transaction before it answers, and the outbox worker delivers it afterwards, in order.
import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import { formatUser, type Message, type UserRef } from "../../src/chat/vocabulary.ts";
import { enqueue, type NewOutboxItem } from "../../src/outbox/outbox-store.ts";
import type { OutboxTask } from "../../src/outbox/outbox-worker.ts";
import type { Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import { laneOf, type ReplyLanes } from "./reply-lanes.ts";
import { statusOf, toTeamsError } from "./teams-error.ts";

/** The outbox kind of a reply (or a card update) that a turn sends into its own conversation. */
export const TURN_REPLY = "teams.turn-reply";

/** What the adapter needs of the outbox worker: its task for turn replies, and a nudge after a commit. */
export interface TurnOutbox {
  register(kind: string, task: OutboxTask): void;
  kick(): void;
}

export interface TurnReplyArgs {
  reference: ConversationReference;
  activity: Record<string, unknown> & { id?: string; replyToId?: string };
  isUpdate: boolean;
}

export interface SendParts {
  db: Db;
  clock: Clock;
  logger: Logger;
  lanes: ReplyLanes;
  outbox: TurnOutbox;
}

type Reply = { activity: Activity; isUpdate: boolean };

/** What one turn sends into chats, held until `finish` sends or queues it. */
export class TurnSends {
  private readonly replies: Reply[] = [];
  private readonly directs: NewOutboxItem[] = [];

  constructor(private readonly context: TurnContext) {}

  /** A reply to the incoming activity, addressed as the SDK's sendActivity does (in a channel: in its thread). */
  reply(activity: object): void {
    this.replies.push({ activity: this.addressed(activity), isUpdate: false });
  }

  /** Replaces an earlier card of the bot in this conversation; `activity.id` names it. */
  update(activity: object & { id: string }): void {
    const outgoing = this.addressed(activity);
    outgoing.id = activity.id;
    delete outgoing.replyToId;
    this.replies.push({ activity: outgoing, isUpdate: true });
  }

  /** A direct message, always through the outbox, like the core's (TeamsPlatform.sendDirect in the person's lane). */
  direct(user: UserRef, message: Message): void {
    this.directs.push({ lane: `direct:${formatUser(user)}`, kind: "direct", args: { user: formatUser(user), message } });
  }

  /** Sends the replies now when the conversation is free, else queues them; returns how many were queued. */
  async finish(parts: SendParts): Promise<number> {
    const conversationId = this.context.activity.conversation!.id;
    const activity = this.context.activity.id;
    if (this.replies.length > 0 && parts.lanes.isFree(conversationId)) {
      parts.logger.debug({ activity, isQueued: false }, "Teams turn's replies under way");
      const unsent = await parts.lanes.hold(conversationId, () => this.sendNow(parts.logger));
      return this.queue(parts, unsent);
    }
    const queued = this.queue(parts, this.replies);
    if (this.replies.length > 0) parts.logger.debug({ activity, isQueued: true }, "Teams turn's replies under way");
    return queued;
  }

  /** Within the turn, in order; what fails (after the transport's retries) is left for the outbox. */
  private async sendNow(logger: Logger): Promise<Reply[]> {
    for (const [index, reply] of this.replies.entries()) {
      try {
        if (reply.isUpdate) await this.context.updateActivity(reply.activity);
        else await this.context.sendActivity(reply.activity);
      } catch (error) {
        if (reply.isUpdate && statusOf(error) === 404) continue;
        logger.warn({ err: toTeamsError(error, "Teams reply") }, "Teams reply not sent within the turn; the outbox sends it");
        return this.replies.slice(index);
      }
    }
    return [];
  }

  /** Writes the replies and the direct messages in one transaction; after it, the turn may be answered. */
  private queue(parts: SendParts, replies: Reply[]): number {
    const items = [...replies.map((reply) => this.toItem(reply)), ...this.directs];
    if (items.length === 0) return 0;
    const now = parts.clock.now();
    parts.db.transaction(() => {
      for (const item of items) enqueue(parts.db, item, now);
    })();
    parts.outbox.kick();
    return items.length;
  }

  /** Our own reply, addressed; not run through the SDK's schema again (fromObject) on every turn. */
  private addressed(activity: object & { type?: string }): Activity {
    const outgoing = Object.assign(new Activity(activity.type ?? "message"), activity);
    return outgoing.applyConversationReference(this.context.activity.getConversationReference());
  }

  private toItem({ activity, isUpdate }: Reply): NewOutboxItem {
    const incoming = this.context.activity;
    const conversation = incoming.conversation!;
    // Only what addressing needs: no names of people are kept in the outbox.
    const reference = {
      channelId: incoming.channelId ?? "msteams",
      serviceUrl: incoming.serviceUrl!,
      conversation: { id: conversation.id, conversationType: conversation.conversationType, isGroup: conversation.isGroup, tenantId: conversation.tenantId },
      ...(incoming.recipient ? { agent: { id: incoming.recipient.id, name: incoming.recipient.name } } : {}),
    } as ConversationReference;
    const stored = JSON.parse(JSON.stringify(activity)) as TurnReplyArgs["activity"];
    if (stored.recipient && typeof stored.recipient === "object") stored.recipient = { id: (stored.recipient as { id?: string }).id };
    return { lane: laneOf(conversation.id), kind: TURN_REPLY, args: { reference, activity: stored, isUpdate } satisfies TurnReplyArgs };
  }
}
