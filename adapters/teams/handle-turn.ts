import type { TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import type { Bot } from "../../src/chat/adapter.ts";
import { textMessage, type Language, type Message, type UserRef } from "../../src/chat/vocabulary.ts";
import { markUnreachable } from "../../src/storage/conversations.ts";
import { inTransactionWithoutFlush, type Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import type { ConversationReferences } from "./conversation-references.ts";
import { keepPrivate, launcherAfterSubmit, type PrivateDelivery } from "./keep-private.ts";
import { parseActivity, type TeamsEvent } from "./parse-activity.ts";
import { answerInvoke, replyInChat, replyInDialog } from "./send-reply.ts";
import type { FormSeals } from "./signed-form-state.ts";
import { teamsDirectory } from "./teams-directory.ts";
import { toTeamsError } from "./teams-error.ts";
import { teamsTexts } from "./teams-texts.ts";
import { asksForOwnId, commandText, toInteraction } from "./to-interaction.ts";
import type { ReplyLanes } from "./reply-lanes.ts";
import { TurnSends, type TurnOutbox } from "./turn-sends.ts";

export interface TurnParts {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  language: Language;
  references: ConversationReferences;
  names: Map<string, string>;
  seals: FormSeals;
  /** A message to the person's own chat with the bot (TeamsPlatform.sendDirect), sent within the turn. */
  sendDirect(user: UserRef, message: Message): Promise<void>;
  /** Delivers what a turn sends into chats after the turn has answered. */
  outbox: TurnOutbox;
  /** Whether a conversation can take a reply within the turn. */
  lanes: ReplyLanes;
}

/** One incoming activity: receive → parse → translate → dispatch, then answer the Teams way. */
export async function handleTurn(context: TurnContext, parts: TurnParts): Promise<void> {
  const activity = context.activity;
  const isInvoke = activity.type === "invoke";
  try {
    const event = parseActivity(activity, parts.seals);
    if (event.kind === "ignored") {
      parts.logger.debug({ reason: event.reason }, "Teams activity ignored");
      if (isInvoke) await answerInvoke(context, null);
      return;
    }
    // Where it came from, for later posts: written without a flush to disk (the next activity writes it
    // again; a later durable commit flushes it too), and not at all when it is stored as it is today.
    inTransactionWithoutFlush(parts.db, () => remember(context, event, parts));
    const { where } = event;
    if (event.kind === "installed" && where.teamId) await rememberTeamChannels(context, where.baseConversationId, where.teamId, parts);
    const sends = new TurnSends(context);
    await dispatch(context, event, parts, sends);
    // Sent, or written to the outbox, before the HTTP answer: what Teams sees acknowledged is never lost.
    await sends.finish(parts);
  } catch (error) {
    parts.logger.error({ err: toTeamsError(error, "Teams turn"), type: activity.type }, "Teams activity failed");
    await tellFailure(context, isInvoke, parts).catch((second: unknown) =>
      parts.logger.error({ err: toTeamsError(second, "failure notice") }, "Teams failure notice not delivered either"),
    );
  }
}

async function dispatch(context: TurnContext, event: Exclude<TeamsEvent, { kind: "ignored" }>, parts: TurnParts, sends: TurnSends): Promise<void> {
  const { language, seals } = parts;
  if (event.kind === "message" && asksForOwnId(event)) {
    const notice = textMessage(teamsTexts[language].yourId(event.user.id));
    replyInChat(sends, { kind: "notice", message: notice }, "", language);
    return;
  }
  if (event.kind === "form-refused") {
    // Nothing reaches the core: the state was altered on the way, or the form was opened for someone else.
    parts.logger.warn({ reason: event.reason, user: event.user.id, scope: event.where.scope }, "Teams form submit refused: its signed state did not hold");
    await answerInvoke(context, { task: { type: "message", value: teamsTexts[language].formRefused } });
    return;
  }
  const interaction = toInteraction(event);
  if (!interaction) {
    if (context.activity.type === "invoke") await answerInvoke(context, null);
    return;
  }
  const reply = await parts.bot.handle({ ...interaction, deliveryKeys: deliveryKeysOf(context) });
  if (reply.kind === "nothing") {
    // A repeat of an activity the core has handled already (or nothing to show): no second answer.
    if (context.activity.type === "invoke") await answerInvoke(context, null);
    return;
  }
  const { user } = interaction;
  const delivery: PrivateDelivery = { sendDirect: directSender(parts, sends), logger: parts.logger, language };
  switch (event.kind) {
    case "dialog-open":
    case "dialog-submit":
      await replyInDialog(context, event, reply, { language, seal: seals.sealFormState, sends });
      return;
    case "form-submit": {
      const isDone = event.state.launcher && reply.kind !== "form-errors";
      const launcherReplacement = isDone ? await launcherAfterSubmit(reply, event.where, user, delivery) : undefined;
      await replyInDialog(context, event, reply, { language, seal: seals.sealFormState, launcherReplacement, sends });
      return;
    }
    case "message":
      replyInChat(sends, await keepPrivate(reply, event.where, user, delivery), seals.sealLauncher(event.user.id, commandText(event.text)), language);
      return;
    case "installed":
      replyInChat(sends, await keepPrivate(reply, event.where, user, delivery), "", language);
      return;
    case "uninstalled":
      return;
  }
}

/** Teams redelivers an activity with its id; ids are unique within a conversation. */
function deliveryKeysOf(context: TurnContext): string[] {
  const { id, conversation } = context.activity;
  return id ? [`${conversation?.id}|${id}`] : [];
}

/**
 * A person's own chat that we can reach goes through the outbox after the turn; a first one (Teams must
 * create the chat, which may be refused) is tried within the turn, so the channel can say whether it worked.
 */
function directSender(parts: TurnParts, sends: TurnSends): PrivateDelivery["sendDirect"] {
  return async (user, message) => {
    if (parts.references.findPersonal(user)?.stored.isReachable) sends.direct(user, message);
    else await parts.sendDirect(user, message);
  };
}

/** Keeps the conversation reference (and the sender's name) for later proactive posts. */
function remember(context: TurnContext, event: Exclude<TeamsEvent, { kind: "ignored" }>, parts: TurnParts): void {
  const now = parts.clock.now();
  const { where } = event;
  if (event.kind === "uninstalled") {
    markUnreachable(parts.db, "msteams", where.baseConversationId, now);
    parts.logger.info({ conversation: where.baseConversationId }, "Teams app removed from a conversation");
    return;
  }
  const from = context.activity.from;
  if (from?.id && from.name) parts.names.set(from.id, from.name);
  parts.references.rememberFrom(context.activity, where, now);
}

/** Teams announces an install in the team's General channel only; the bot may post in all its channels. */
async function rememberTeamChannels(context: TurnContext, conversationId: string, teamId: string, parts: TurnParts): Promise<void> {
  const base = parts.references.find(conversationId)?.reference;
  if (!base) return;
  try {
    const channels = await teamsDirectory.channels(context, teamId);
    for (const channel of channels) if (channel.id) parts.references.rememberChannel(base, channel.id, parts.clock.now());
    parts.logger.info({ team: teamId, channels: channels.length }, "Teams app installed in a team");
  } catch (error) {
    parts.logger.warn(
      { team: teamId, err: toTeamsError(error, "list channels") },
      "Teams channels of the team could not be listed; mention the bot once in each configured channel",
    );
  }
}

async function tellFailure(context: TurnContext, isInvoke: boolean, parts: TurnParts): Promise<void> {
  const text = teamsTexts[parts.language].failed;
  if (isInvoke) return answerInvoke(context, { task: { type: "message", value: text } });
  if (context.activity.type !== "message") return;
  const sends = new TurnSends(context);
  sends.reply({ type: "message", text });
  try {
    await sends.finish(parts);
  } catch {
    // The database is what failed: the apology goes within the turn.
    await context.sendActivity(text);
  }
}
