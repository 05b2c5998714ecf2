// Teams has no message that only one person in a channel can see (Slack's ephemeral). So a reply the
// core meant for one person ("notice": their data, their case, their logbook) that results from
// something done in a channel or group chat goes to the person's own chat with the bot, and the shared
// conversation only gets a neutral pointer that carries nothing of theirs.
import type { Logger } from "pino";
import { textMessage, type Language, type Message, type Reply, type UserRef } from "../../src/chat/vocabulary.ts";
import type { Where } from "./parse-activity.ts";
import { teamsTexts } from "./teams-texts.ts";
import { toTeamsError } from "./teams-error.ts";

export interface PrivateDelivery {
  /** The person's own chat: the stored one, or a new 1:1 conversation (TeamsPlatform.sendDirect). */
  sendDirect(user: UserRef, message: Message): Promise<void>;
  logger: Logger;
  language: Language;
}

/** A channel or a group chat: everyone in it sees what the bot answers there. */
export function isShared(where: Where): boolean {
  return where.scope !== "personal";
}

function privateMessageOf(reply: Reply): Message | undefined {
  return reply.kind === "notice" || reply.kind === "show-home" ? reply.message : undefined;
}

/** The reply to show where the person acted; a private one in a shared conversation goes to their own chat. */
export async function keepPrivate(reply: Reply, where: Where, user: UserRef, delivery: PrivateDelivery): Promise<Reply> {
  const message = privateMessageOf(reply);
  if (!message || !isShared(where)) return reply;
  const t = teamsTexts[delivery.language];
  const isSent = await sendPrivately(user, message, delivery);
  return { kind: "notice", message: textMessage(isSent ? t.sentPrivately : t.privateUnreachable) };
}

/**
 * What a "Formulier openen" card shows once its form is sent. In a shared conversation: a neutral line
 * (the confirmation may say "anoniem ingediend als G-…", under the person's own mention) while the
 * confirmation itself goes to their own chat; in their own chat, the confirmation.
 */
export async function launcherAfterSubmit(reply: Reply, where: Where, user: UserRef, delivery: PrivateDelivery): Promise<Message> {
  const t = teamsTexts[delivery.language];
  const message = privateMessageOf(reply);
  if (!isShared(where)) return message ?? textMessage(t.formSent);
  if (!message) return textMessage(t.formSent);
  return textMessage((await sendPrivately(user, message, delivery)) ? t.formSent : t.formSentWithoutCopy);
}

async function sendPrivately(user: UserRef, message: Message, delivery: PrivateDelivery): Promise<boolean> {
  try {
    await delivery.sendDirect(user, message);
    return true;
  } catch (error) {
    const failure = toTeamsError(error, "personal notice");
    delivery.logger.warn({ user: user.id, code: failure.code, status: failure.status }, "Teams personal chat not reached; the shared conversation was told without the content");
    return false;
  }
}
