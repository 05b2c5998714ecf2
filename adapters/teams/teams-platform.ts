import type { ConversationParameters, ConversationReference } from "@microsoft/agents-activity";
import type { CloudAdapter, TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import type { ChatPlatform, ResolvedUser } from "../../src/chat/chat-platform.ts";
import type { Message, MessageRef, UserRef } from "../../src/chat/vocabulary.ts";
import { markUnreachable } from "../../src/storage/conversations.ts";
import type { Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import { inThread, type ConversationReferences } from "./conversation-references.ts";
import { teamsDirectory } from "./teams-directory.ts";
import { statusOf, TeamsError, toTeamsError } from "./teams-error.ts";
import { cardActivity, toAdaptiveCard } from "./to-adaptive-card.ts";

/** The OAuth scope of the public Bot Framework channel, for starting a conversation. */
const CHANNEL_AUDIENCE = "https://api.botframework.com";
const MEMBER_PAGE = 500;

/** The turn's ConnectorClient as we call it: with plain activity objects, which the SDK sends as they are. */
interface Connector {
  sendToConversation(conversationId: string, activity: object): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: object): Promise<unknown>;
  deleteActivity(conversationId: string, activityId: string): Promise<unknown>;
}

export interface TeamsPlatformParts {
  adapter: CloudAdapter;
  appId: string;
  references: ConversationReferences;
  /** Display names seen on incoming activities, by Teams user id. */
  names: Map<string, string>;
  db: Db;
  clock: Clock;
  logger: Logger;
}

/**
 * Proactive messaging: every call continues a stored conversation reference through the CloudAdapter
 * and then uses the turn's ConnectorClient directly. (TurnContext.sendActivity would add the continuation
 * event's made-up id as replyToId and turn a new post into a reply to a message that does not exist.)
 */
export class TeamsPlatform implements ChatPlatform {
  readonly platform = "msteams" as const;

  constructor(private readonly parts: TeamsPlatformParts) {}

  async post(conversationId: string, message: Message, threadId?: string): Promise<MessageRef> {
    const activity = cardActivity(toAdaptiveCard(message), message.text);
    const id = await this.deliver(conversationId, "post", (connector, reference) =>
      connector.sendToConversation(inThread(reference, threadId).conversation.id, activity),
    );
    if (!id) throw new TeamsError("teams_request_failed", "Teams accepted a post without giving its id");
    return { platform: "msteams", conversationId, messageId: id, ...(threadId ? { threadId } : {}) };
  }

  /** PUT …/activities/{id}; a 404 means someone removed the message: nothing is left to update. */
  async update(ref: MessageRef, message: Message): Promise<void> {
    const activity = { ...cardActivity(toAdaptiveCard(message), message.text), id: ref.messageId };
    try {
      await this.deliver(ref.conversationId, "update", (connector, reference) =>
        connector.updateActivity(inThread(reference, ref.threadId).conversation.id, ref.messageId, activity),
      );
    } catch (error) {
      if (error instanceof TeamsError && error.code === "teams_message_gone") return;
      throw error;
    }
  }

  /** DELETE …/activities/{id}; a 404 means the message is gone already, which is what we wanted. */
  async deleteMessage(ref: MessageRef): Promise<void> {
    try {
      await this.deliver(ref.conversationId, "delete", (connector, reference) =>
        connector.deleteActivity(inThread(reference, ref.threadId).conversation.id, ref.messageId),
      );
    } catch (error) {
      if (error instanceof TeamsError && error.code === "teams_message_gone") return;
      throw error;
    }
  }

  async sendDirect(user: UserRef, message: Message): Promise<void> {
    const personal = this.parts.references.findPersonal(user);
    if (personal) {
      await this.post(personal.stored.conversationId, message);
      return;
    }
    await this.startPersonalChat(user, message);
  }

  async resolveUser(user: UserRef): Promise<ResolvedUser> {
    const personal = this.parts.references.findPersonal(user)?.reference;
    const known = this.parts.names.get(user.id) || personal?.user?.name;
    if (known) return { id: user.id, displayName: known };
    const base = personal ?? this.parts.references.base();
    if (base) {
      try {
        const member = await this.withContext(base, (context) => teamsDirectory.member(context, user.id));
        if (member?.name) {
          this.parts.names.set(user.id, member.name);
          return { id: user.id, displayName: member.name };
        }
      } catch (error) {
        this.parts.logger.debug({ err: toTeamsError(error, "getMember") }, "Teams member name not found; showing the id");
      }
    }
    return { id: user.id, displayName: user.id };
  }

  async countMembers(conversationId: string): Promise<number | undefined> {
    const found = this.parts.references.find(conversationId);
    if (!found?.stored.isReachable) return undefined;
    try {
      return await this.withContext(found.reference, async (context) => {
        let count = 0;
        let token: string | undefined;
        do {
          const page = await teamsDirectory.memberPage(context, MEMBER_PAGE, token);
          count += page.members.length;
          token = page.continuationToken || undefined;
        } while (token);
        return count;
      });
    } catch (error) {
      this.parts.logger.warn({ conversation: conversationId, err: toTeamsError(error, "members") }, "Teams member count unknown");
      return undefined;
    }
  }

  /** Teams needs a 1:1 conversation before the first direct message; the app must be allowed for the user. */
  private async startPersonalChat(user: UserRef, message: Message): Promise<void> {
    const base = this.parts.references.base();
    if (!base) throw new TeamsError("teams_conversation_unknown", "no Teams conversation known yet to start a personal chat from");
    const tenantId = base.conversation.tenantId;
    if (!base.serviceUrl) throw new TeamsError("teams_conversation_unknown", "the stored Teams reference has no service URL to start a personal chat at");
    // On the wire the bot's account is `bot`; the SDK's type says `agent` but sends the parameters as given.
    const parameters = {
      isGroup: false,
      bot: base.agent,
      members: [{ id: user.id, name: "" }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as unknown as ConversationParameters;
    try {
      await this.parts.adapter.createConversationAsync(this.parts.appId, "msteams", base.serviceUrl, CHANNEL_AUDIENCE, parameters, async (context) => {
        const conversationId = context.activity.conversation?.id;
        if (!conversationId) throw new TeamsError("teams_request_failed", "Teams started a personal chat without giving its id");
        const reference: ConversationReference = {
          ...base,
          conversation: { id: conversationId, conversationType: "personal", isGroup: false, tenantId, name: "" },
          user: { id: user.id, name: this.parts.names.get(user.id) ?? "" },
        };
        this.parts.references.remember(reference, user, this.parts.clock.now());
        await connectorOf(context, this.parts.adapter).sendToConversation(reference.conversation.id, cardActivity(toAdaptiveCard(message), message.text));
      });
    } catch (error) {
      const failure = toTeamsError(error, "create personal chat");
      this.parts.logger.warn({ user: user.id, status: failure.status, code: failure.code }, "Teams personal chat could not be started; is the app available to this person?");
      throw failure;
    }
  }

  /** The stored reference, unless Teams refused it before (then we do not knock again). */
  private reachable(conversationId: string): ConversationReference {
    const found = this.parts.references.find(conversationId);
    if (!found) {
      throw new TeamsError("teams_conversation_unknown", `no Teams reference for ${conversationId}; is the app installed in that team or chat?`);
    }
    if (!found.stored.isReachable) {
      throw new TeamsError("teams_conversation_unreachable", `Teams conversation ${conversationId} was unreachable; reinstall the app there`);
    }
    return found.reference;
  }

  /**
   * Runs one Bot Connector call; a 403/404 marks the conversation unreachable and is not retried,
   * except a 404 about an existing message (update, delete): then that message is gone.
   */
  private async deliver(
    conversationId: string,
    what: "post" | "update" | "delete",
    call: (connector: Connector, reference: ConversationReference) => Promise<unknown>,
  ): Promise<string | undefined> {
    const reference = this.reachable(conversationId);
    try {
      const result = await this.withContext(reference, (context) => call(connectorOf(context, this.parts.adapter), reference));
      return (result as { id?: string } | undefined)?.id;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 && what !== "post") throw new TeamsError("teams_message_gone", `Teams message to ${what} is gone`, 404, { cause: error });
      if (status === 403 || status === 404) {
        markUnreachable(this.parts.db, "msteams", conversationId, this.parts.clock.now());
        this.parts.logger.warn(
          { conversation: conversationId, status },
          "Teams conversation unreachable (app removed or conversation gone); marked and not retried until the app is installed there again",
        );
        throw new TeamsError("teams_conversation_unreachable", `Teams refused ${what} to ${conversationId}`, status, { cause: error });
      }
      throw toTeamsError(error, `Teams ${what}`);
    }
  }

  private async withContext<T>(reference: ConversationReference, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let result: { value: T } | undefined;
    // Without an app id the identity is anonymous (no token); the SDK refuses an empty app id.
    await this.parts.adapter.continueConversation(this.parts.appId || {}, reference, async (context) => {
      result = { value: await work(context) };
    });
    if (!result) throw new TeamsError("teams_request_failed", "the Teams turn ended without a result");
    return result.value;
  }
}

export function connectorOf(context: TurnContext, adapter: CloudAdapter): Connector {
  return context.turnState.get(adapter.ConnectorClientKey) as Connector;
}
