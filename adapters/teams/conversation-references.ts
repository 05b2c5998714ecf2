import type { Activity, ConversationReference } from "botbuilder";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { formatUser } from "../../src/chat/vocabulary.ts";
import {
  findConversation,
  findPersonalConversation,
  latestConversation,
  rememberConversation,
  type StoredConversation,
} from "../../src/storage/conversations.ts";
import type { Db } from "../../src/storage/database.ts";
import type { Where } from "./parse-activity.ts";

/**
 * Teams only lets a bot post where it holds a conversation reference (service URL, tenant,
 * conversation, bot account). We store the full reference whenever Teams tells us one: on install and
 * on every activity, so a moved service URL heals itself.
 */
export class ConversationReferences {
  /**
   * The latest channel reference seen (a personal one until there is none), as the base for starting a
   * personal chat (service URL, tenant, bot) and for asking a team's members their names, which a
   * personal chat cannot answer for anyone but its own person.
   */
  private latest: ConversationReference | undefined;

  constructor(private readonly db: Db) {}

  /** Stores where an activity came from: the channel (not the thread), or the person's own chat. */
  rememberFrom(activity: Partial<Activity>, where: Where, now: Date): void {
    if (!activity.serviceUrl || !activity.recipient || !activity.conversation) return;
    const isPersonal = where.scope === "personal";
    if (isPersonal && !activity.from?.id) return;
    const reference: ConversationReference = {
      channelId: activity.channelId ?? "msteams",
      serviceUrl: activity.serviceUrl,
      bot: { id: activity.recipient.id, name: activity.recipient.name },
      conversation: {
        id: where.baseConversationId,
        conversationType: where.scope,
        isGroup: !isPersonal,
        tenantId: where.tenantId,
        name: "",
      },
      ...(isPersonal ? { user: { id: activity.from!.id, name: activity.from!.name } } : {}),
    };
    this.remember(reference, isPersonal ? { platform: "msteams", id: activity.from!.id } : undefined, now);
  }

  /** Stores a sibling channel of a team we are installed in (Teams only announces the General channel). */
  rememberChannel(base: ConversationReference, channelId: string, now: Date): void {
    this.remember({ ...base, user: undefined, conversation: { ...base.conversation, id: channelId } }, undefined, now);
  }

  remember(reference: ConversationReference, personalUser: UserRef | undefined, now: Date): void {
    if (!personalUser || !this.latest) this.latest = reference;
    rememberConversation(
      this.db,
      {
        platform: "msteams",
        conversationId: reference.conversation.id,
        kind: personalUser ? "personal" : "channel",
        userKey: personalUser ? formatUser(personalUser) : null,
        reference: JSON.stringify(reference),
      },
      now,
    );
  }

  find(conversationId: string): { stored: StoredConversation; reference: ConversationReference } | undefined {
    return this.withReference(findConversation(this.db, "msteams", conversationId));
  }

  findPersonal(user: UserRef): { stored: StoredConversation; reference: ConversationReference } | undefined {
    return this.withReference(findPersonalConversation(this.db, "msteams", formatUser(user)));
  }

  /** A reference to start a new conversation from: same service URL, tenant and bot (also after a restart). */
  base(): ConversationReference | undefined {
    return this.latest ?? this.withReference(latestConversation(this.db, "msteams"))?.reference;
  }

  private withReference(stored: StoredConversation | undefined) {
    if (!stored) return undefined;
    const reference = JSON.parse(stored.reference) as ConversationReference;
    this.latest ??= reference;
    return { stored, reference };
  }
}

/** A channel thread is addressed as "<channel>;messageid=<root>" in the Bot Connector API. */
export function inThread(reference: ConversationReference, threadId: string | undefined): ConversationReference {
  if (!threadId) return reference;
  return { ...reference, conversation: { ...reference.conversation, id: `${reference.conversation.id};messageid=${threadId}` } };
}
