import { expect } from "vitest";
import { OPEN_FORM_ACTION } from "../../adapters/teams/to-interaction.ts";
import { channelMention, personalConversationOf, personalInstall, personalMessage, taskFetch, taskSubmit, teamInstall } from "../adapters/teams/teams-activities.ts";
import { CHANNELS, startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";
import { cardButtons, cardOf, cardText, dialogCardOf, dialogMessageOf, readForm } from "../adapters/teams/read-card.ts";
import type { ConnectorCall, StoredMessage } from "../support/fake-bot-connector.ts";
import type { ActResult, Person, ScenarioDriver, SeenForm, SeenMessage } from "./scenario-driver.ts";
import { scenarioAddressee } from "./scenario-addressee.ts";

/** What a shown dialog form needs to be submitted again: where it was opened and its submit data. */
interface FormHandle {
  conversationId: string;
  submitData: Record<string, unknown>;
}

const PEOPLE: Person[] = ["anna", "lisa", "bram"];

/**
 * Drives the Teams adapter the way Teams does: real activities POSTed to /api/messages (messages,
 * task/fetch and task/submit invokes), with the serviceUrl pointing at a fake Bot Connector whose
 * messages are read back. The app is installed in the team and in everyone's personal chat first.
 */
export interface TeamsDriver extends ScenarioDriver {
  harness: TeamsHarness;
  /** Whether a connector call delivered such a notice to a person's own chat (Slack's ephemeral, in Teams). */
  isActNotice(call: ConnectorCall): boolean;
}

const ADDRESSEE = "19:beleid@thread.tacv2";

export async function createTeamsDriver(): Promise<TeamsDriver> {
  const harness = await startTeamsHarness({
    config: scenarioAddressee("msteams:29:bram", { msteams: { channel: ADDRESSEE } }),
    channels: [{ id: ADDRESSEE, name: "Beleid" }],
  });
  const { connector } = harness;
  const send = async (activity: Record<string, unknown>) => {
    const response = await harness.send(activity);
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    return response.body;
  };
  for (const activity of teamInstall("lisa")) await send(activity);
  for (const person of PEOPLE) for (const activity of personalInstall(person)) await send(activity);
  const beforeScenario = new Set(connector.messages.keys());
  // A notice meant for one person that Teams cannot show privately where they acted (a channel) goes
  // to their own chat with the bot: that is what they saw in answer, not a direct message of the core.
  const actNotices = new Set<string>();
  const keepActNotices = (person: Person, before: Set<string>): StoredMessage[] => {
    const own = connector.messagesIn(personalConversationOf(person)).filter((message) => !before.has(message.id));
    for (const message of own) actNotices.add(message.id);
    return own;
  };

  const seen = (message: StoredMessage): SeenMessage => {
    const card = cardOf(message.activity);
    return {
      conversationId: message.conversationId,
      messageId: message.id,
      ...(message.threadId ? { threadId: message.threadId } : {}),
      text: cardText(card),
      buttons: cardButtons(card).map(({ label, action, value }) => ({ label, action, ...(value !== undefined ? { value } : {}) })),
    };
  };

  /** A dialog answer as the person sees it: a form (maybe with errors), a message, or nothing. */
  const toResult = (body: unknown, conversationId: string): ActResult => {
    const message = dialogMessageOf(body);
    if (message) return { notice: message };
    const card = dialogCardOf(body);
    if (!card) return {};
    const form = readForm(card);
    if (!form) return { notice: cardText(card) };
    if (Object.keys(form.errors).length > 0) return { errors: form.errors };
    const initial: Record<string, string> = {};
    for (const field of form.fields) if (field.value !== undefined) initial[field.id] = field.value;
    const handle: FormHandle = { conversationId, submitData: form.submitData };
    const shown: SeenForm = { formId: form.formId, fieldNames: form.fields.map((field) => field.id), initial, handle };
    return { form: shown };
  };

  /** Teams addresses a channel card by its thread: "<channel>;messageid=<root>". */
  const rawConversation = (conversationId: string, root: string) => (conversationId.includes("@thread") ? `${conversationId};messageid=${root}` : conversationId);

  return {
    platform: "msteams",
    bot: harness.test.bot,
    clock: harness.test.clock,
    channels: { ...CHANNELS, addressee: ADDRESSEE },
    harness,
    async command(person, conversationId, text) {
      const before = new Set(connector.messages.keys());
      const typed = `casus ${text}`.trim();
      const activity = conversationId.includes("@thread") ? channelMention(person, conversationId, typed) : personalMessage(person, typed);
      await send(activity);
      const privately = keepActNotices(person, before).at(-1);
      const reply = privately ?? [...connector.messages.values()].filter((message) => !before.has(message.id)).pop();
      if (!reply) return {};
      const card = cardOf(reply.activity);
      const opener = cardButtons(card).find((button) => button.action === OPEN_FORM_ACTION);
      if (!opener) return { notice: cardText(card) };
      const raw = rawConversation(reply.conversationId, reply.threadId ?? reply.id);
      return toResult(await send(taskFetch(person, raw, reply.id, opener.data)), raw);
    },
    async press(person, message, action) {
      const current = connector.messages.get(message.messageId);
      const button = cardButtons(current && cardOf(current.activity)).find((candidate) => candidate.action === action);
      if (!button) throw new Error(`no button ${action} on message ${message.messageId}`);
      const raw = rawConversation(message.conversationId, message.threadId ?? message.messageId);
      return toResult(await send(taskFetch(person, raw, message.messageId, button.data)), raw);
    },
    async submit(person, form, values) {
      const handle = form.handle as FormHandle;
      const data = { ...handle.submitData, ...form.initial, ...values };
      const before = new Set(connector.messages.keys());
      const result = toResult(await send(taskSubmit(person, handle.conversationId, data)), handle.conversationId);
      keepActNotices(person, before);
      return result;
    },
    isActNotice: (call) => [...actNotices].some((id) => connector.messages.get(id)?.activity === call.body),
    messagesIn: (conversationId) => connector.messagesIn(conversationId).map(seen),
    repliesTo: (message) => connector.repliesTo(message.conversationId, message.messageId).map(seen),
    directMessagesTo: (person) =>
      connector
        .messagesIn(personalConversationOf(person))
        .filter((message) => !beforeScenario.has(message.id) && !actNotices.has(message.id))
        .map((message) => cardText(cardOf(message.activity))),
    close: () => harness.close(),
  };
}
