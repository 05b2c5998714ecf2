import type { Activity, ChannelAccount, ConversationReference } from "@microsoft/agents-activity";
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
import { statement } from "../../src/storage/statements.ts";
import { startOfUtcDay } from "../../src/time/day.ts";
import type { Where } from "./parse-activity.ts";

/**
 * A reference as stored: under the Bot Connector's own name for the bot's account (`bot`), which is
 * also how rows written before the Agents SDK (which calls it `agent`) look.
 */
type StoredReference = Omit<ConversationReference, "agent"> & { bot?: ChannelAccount | null; agent?: ChannelAccount | null };

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
    const personId = activity.from?.id;
    if (isPersonal && !personId) return;
    const reference: ConversationReference = {
      channelId: activity.channelId ?? "msteams",
      serviceUrl: activity.serviceUrl,
      agent: { id: activity.recipient.id, name: activity.recipient.name },
      conversation: {
        id: where.baseConversationId,
        conversationType: where.scope,
        isGroup: !isPersonal,
        tenantId: where.tenantId,
      },
      ...(isPersonal ? { user: { id: personId, name: activity.from?.name } } : {}),
    };
    this.remember(reference, isPersonal && personId ? { platform: "msteams", id: personId } : undefined, now);
  }

  /** Stores a sibling channel of a team we are installed in (Teams only announces the General channel). */
  rememberChannel(base: ConversationReference, channelId: string, now: Date): void {
    this.remember({ ...base, user: undefined, conversation: { ...base.conversation, id: channelId } }, undefined, now);
  }

  remember(given: ConversationReference, personalUser: UserRef | undefined, now: Date): void {
    const reference = withoutBlanks(given);
    if (!personalUser || !this.latest) this.latest = reference;
    const conversation = {
      platform: "msteams" as const,
      conversationId: reference.conversation.id,
      kind: personalUser ? ("personal" as const) : ("channel" as const),
      userKey: personalUser ? formatUser(personalUser) : null,
      reference: JSON.stringify(toStored(reference)),
    };
    // Most activities come from a conversation already stored as it is, today: no write (and no flush) then.
    const isStoredToday = statement(
      this.db,
      `SELECT 1 FROM conversations WHERE platform = 'msteams' AND conversation_id = ? AND kind = ? AND reference = ? AND is_reachable = 1
         AND updated_at = ? AND (? IS NULL OR user_key = ?)`,
    ).get(conversation.conversationId, conversation.kind, conversation.reference, startOfUtcDay(now), conversation.userKey, conversation.userKey);
    if (!isStoredToday) rememberConversation(this.db, conversation, now);
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
    const reference = fromStored(JSON.parse(stored.reference) as StoredReference);
    this.latest ??= reference;
    return { stored, reference };
  }
}

/** A channel thread is addressed as "<channel>;messageid=<root>" in the Bot Connector API. */
export function inThread(reference: ConversationReference, threadId: string | undefined): ConversationReference {
  if (!threadId) return reference;
  return { ...reference, conversation: { ...reference.conversation, id: `${reference.conversation.id};messageid=${threadId}` } };
}

function toStored({ agent, ...rest }: ConversationReference): StoredReference {
  return { ...rest, ...(agent ? { bot: agent } : {}) };
}

function fromStored({ bot, agent, ...rest }: StoredReference): ConversationReference {
  const account = agent ?? bot;
  return withoutBlanks({ ...rest, ...(account ? { agent: account } : {}) });
}

/** The SDK's schema refuses empty strings (rows of before stored `name: ""`); left out, they mean the same. */
function withoutBlanks(reference: ConversationReference): ConversationReference {
  const { conversation, user, agent } = reference;
  return { ...reference, conversation: filled(conversation), ...(user ? { user: filled(user) } : {}), ...(agent ? { agent: filled(agent) } : {}) };
}

function filled<T extends object>(account: T): T {
  return Object.fromEntries(Object.entries(account).filter(([, value]) => value !== "")) as T;
}
