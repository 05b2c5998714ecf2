import type { Activity } from "@microsoft/agents-activity";
import { z } from "zod";
import type { FormSeals, FormState, FormStateRefusal } from "./signed-form-state.ts";
import { OPEN_FORM_ACTION } from "./to-interaction.ts";

export type Scope = "personal" | "channel" | "groupChat";

/** Where an activity happened. Channel threads arrive as "<channel>;messageid=<root>". */
export interface Where {
  conversationId: string;
  baseConversationId: string;
  threadId?: string;
  scope: Scope;
  tenantId?: string;
  teamId?: string;
}

export interface Person {
  id: string;
  name?: string;
}

/** An activity as Teams posts it; every field may be missing. */
export type RawActivity = Partial<Activity>;

export type ButtonData = { action: string; value?: string };

export type TeamsEvent =
  /** Teams sends both a conversationUpdate and an installationUpdate for one install; only the latter welcomes. */
  | { kind: "installed"; where: Where; user?: Person; isInstallationUpdate: boolean }
  | { kind: "uninstalled"; where: Where }
  | { kind: "message"; where: Where; user: Person; text: string }
  /** `launcher`: the card to replace once the form is sent; only a "Formulier openen" card of this person's own. */
  | { kind: "dialog-open"; where: Where; user: Person; cardId?: string; launcher?: string; button: ButtonData }
  | { kind: "dialog-submit"; where: Where; user: Person; button: ButtonData }
  | { kind: "form-submit"; where: Where; user: Person; state: FormState; values: Record<string, string> }
  /** A form whose signed state did not come back intact, or came back from someone else. */
  | { kind: "form-refused"; where: Where; user: Person; reason: FormStateRefusal }
  | { kind: "ignored"; reason: string };

/** Reads what our cards signed on the way out (signed-form-state.ts). */
export type SignedReader = Pick<FormSeals, "openFormState" | "openLauncher">;

const buttonData = z.object({ action: z.string().min(1).max(100), value: z.string().max(2000).optional() });
const invokeValue = z.object({ data: z.record(z.string(), z.unknown()) });

/** Receive → parse: a raw Teams activity as one of the few events we act on. Pure but for `signed`. */
export function parseActivity(activity: RawActivity, signed: SignedReader): TeamsEvent {
  const where = whereOf(activity);
  if (!where) return { kind: "ignored", reason: "no conversation" };
  const user: Person = { id: activity.from?.id ?? "", name: activity.from?.name || undefined };
  const botId = activity.recipient?.id;
  switch (activity.type) {
    case "installationUpdate":
      if (/^add/.test(activity.action ?? "")) return { kind: "installed", where, user: user.id ? user : undefined, isInstallationUpdate: true };
      if (/^remove/.test(activity.action ?? "")) return { kind: "uninstalled", where };
      return { kind: "ignored", reason: `installationUpdate ${activity.action}` };
    case "conversationUpdate":
      if (activity.membersAdded?.some((member) => member.id === botId)) {
        return { kind: "installed", where, user: user.id ? user : undefined, isInstallationUpdate: false };
      }
      if (activity.membersRemoved?.some((member) => member.id === botId)) return { kind: "uninstalled", where };
      return { kind: "ignored", reason: "conversationUpdate without the bot" };
    case "message":
      if (!user.id) return { kind: "ignored", reason: "message without sender" };
      // Our cards open dialogs; a bare Action.Submit (an old card, another app's) is no command.
      if (activity.value !== undefined && !activity.text) return { kind: "ignored", reason: "card submit outside a dialog" };
      return { kind: "message", where, user, text: messageText(activity) };
    case "invoke":
      return user.id ? parseInvoke(activity, where, user, signed) : { kind: "ignored", reason: "invoke without sender" };
    default:
      return { kind: "ignored", reason: `activity type ${activity.type}` };
  }
}

function parseInvoke(activity: Partial<Activity>, where: Where, user: Person, signed: SignedReader): TeamsEvent {
  const value = invokeValue.safeParse(activity.value);
  if (!value.success) return { kind: "ignored", reason: `${activity.name} without data` };
  const data = value.data.data;
  if (activity.name === "task/fetch") {
    const button = buttonData.safeParse(data);
    if (!button.success) return { kind: "ignored", reason: "task/fetch without a button" };
    const cardId = activity.replyToId || undefined;
    if (button.data.action !== OPEN_FORM_ACTION) return { kind: "dialog-open", where, user, cardId, button: button.data };
    const opened = signed.openLauncher(button.data.value, user.id);
    const launcher = opened.isOwn ? cardId : undefined;
    return { kind: "dialog-open", where, user, cardId, ...(launcher ? { launcher } : {}), button: { action: OPEN_FORM_ACTION, value: opened.text } };
  }
  if (activity.name === "task/submit") {
    if (data.form !== undefined) {
      const opened = signed.openFormState(data.form, user.id);
      if (!opened.ok) return { kind: "form-refused", where, user, reason: opened.reason };
      return { kind: "form-submit", where, user, state: opened.state, values: valuesOf(data, opened.state) };
    }
    const button = buttonData.safeParse(data);
    if (button.success) return { kind: "dialog-submit", where, user, button: button.data };
    return { kind: "ignored", reason: "task/submit without a form or button" };
  }
  return { kind: "ignored", reason: `invoke ${activity.name}` };
}

/** Input values arrive next to the submit data, keyed by field name; toggles send "true"/"false". */
function valuesOf(data: Record<string, unknown>, state: FormState): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { name } of state.form.fields) {
    const raw = data[name];
    if (typeof raw === "string") values[name] = raw;
    else if (typeof raw === "number" || typeof raw === "boolean") values[name] = String(raw);
  }
  return values;
}

function whereOf(activity: Partial<Activity>): Where | undefined {
  const id = activity.conversation?.id;
  if (!id) return undefined;
  const [base = id, ...rest] = id.split(";");
  const thread = rest.find((part) => part.startsWith("messageid="))?.slice("messageid=".length);
  const type = activity.conversation?.conversationType;
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string } };
  const scope: Scope = type === "personal" || type === "groupChat" || type === "channel" ? type : channelData.team ? "channel" : "personal";
  return {
    conversationId: id,
    baseConversationId: base,
    threadId: thread || undefined,
    scope,
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id,
    teamId: channelData.team?.id,
  };
}

/** The typed text without the @mention of the bot, Teams' HTML leftovers and surrounding space. */
function messageText(activity: Partial<Activity>): string {
  // A text that is not a string is no command anyone typed; only well-formed mentions count.
  const typed = typeof activity.text === "string" ? activity.text : "";
  const botId = activity.recipient?.id;
  const mentions = (Array.isArray(activity.entities) ? (activity.entities as unknown[]) : []).filter(isMention);
  // As the SDK's removeRecipientMention does: the first mention of the bot goes, whatever its markup.
  const ofBot = botId ? mentions.find((mention) => mention.mentioned.id === botId) : undefined;
  const text = ofBot ? typed.replace(ofBot.text, "") : typed;
  return text
    .replace(/<at>[^<]*<\/at>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

type Mention = { text: string; mentioned: { id: string } };

function isMention(entity: unknown): entity is Mention {
  const { type, text, mentioned } = (entity ?? {}) as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } | null };
  return typeof type === "string" && type.toLowerCase() === "mention" && typeof text === "string" && typeof mentioned?.id === "string";
}
