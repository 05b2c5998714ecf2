import { TurnContext, type Activity } from "botbuilder";
import { z } from "zod";
import type { FormState } from "./to-form-card.ts";

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
  | { kind: "dialog-open"; where: Where; user: Person; cardId?: string; button: ButtonData }
  | { kind: "dialog-submit"; where: Where; user: Person; button: ButtonData }
  | { kind: "form-submit"; where: Where; user: Person; state: FormState; values: Record<string, string> }
  | { kind: "ignored"; reason: string };

const buttonData = z.object({ action: z.string().min(1).max(100), value: z.string().max(2000).optional() });
const field = z.object({
  name: z.string().min(1).max(100),
  label: z.string(),
  kind: z.enum(["text", "textarea", "select", "checkbox", "date"]),
  isRequired: z.boolean(),
  hint: z.string().optional(),
  maxLength: z.number().optional(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});
const formState = z.object({
  form: z.object({
    id: z.string().min(1).max(100),
    title: z.string(),
    submitLabel: z.string(),
    intro: z.string().optional(),
    fields: z.array(field).max(50),
    context: z.string().max(3000),
  }),
  launcher: z.string().max(300).optional(),
});
const invokeValue = z.object({ data: z.record(z.string(), z.unknown()) });

/** Receive → parse: a raw Teams activity as one of the few events we act on. Pure. */
export function parseActivity(activity: RawActivity): TeamsEvent {
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
      return user.id ? parseInvoke(activity, where, user) : { kind: "ignored", reason: "invoke without sender" };
    default:
      return { kind: "ignored", reason: `activity type ${activity.type}` };
  }
}

function parseInvoke(activity: Partial<Activity>, where: Where, user: Person): TeamsEvent {
  const value = invokeValue.safeParse(activity.value);
  if (!value.success) return { kind: "ignored", reason: `${activity.name} without data` };
  const data = value.data.data;
  if (activity.name === "task/fetch") {
    const button = buttonData.safeParse(data);
    if (!button.success) return { kind: "ignored", reason: "task/fetch without a button" };
    return { kind: "dialog-open", where, user, cardId: activity.replyToId || undefined, button: button.data };
  }
  if (activity.name === "task/submit") {
    const state = formState.safeParse(data.form);
    if (state.success) return { kind: "form-submit", where, user, state: state.data, values: valuesOf(data, state.data) };
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
  // A text that is not a string is no command anyone typed; the SDK's mention helper trips over
  // anything but well-formed mentions.
  const entities = (Array.isArray(activity.entities) ? activity.entities : []).filter(isMention);
  const copy = { ...activity, text: typeof activity.text === "string" ? activity.text : "", entities } as Activity;
  const text = activity.recipient ? TurnContext.removeRecipientMention(copy) ?? "" : copy.text;
  return text
    .replace(/<at>[^<]*<\/at>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function isMention(entity: unknown): boolean {
  const { type, text, mentioned } = (entity ?? {}) as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } | null };
  return typeof type === "string" && type.toLowerCase() === "mention" && typeof text === "string" && typeof mentioned?.id === "string";
}
