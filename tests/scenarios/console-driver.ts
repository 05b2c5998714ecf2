import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConsoleAdapter, type ConsoleAdapter } from "../../adapters/console/create-console-adapter.ts";
import type { Message } from "../../src/chat/vocabulary.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";
import type { ActResult, Person, ScenarioDriver, SeenForm, SeenMessage } from "./scenario-driver.ts";
import { scenarioAddressee } from "./scenario-addressee.ts";
import type { Form } from "../../src/chat/vocabulary.ts";

/** Drives the console adapter by typing lines, exactly as a person at the terminal would. */
export async function createConsoleDriver(): Promise<ScenarioDriver & { output: string[] }> {
  const output: string[] = [];
  const test = createTestBot(testConfig({}, ["console:lisa"], scenarioAddressee("console:bram")));
  const adapter: ConsoleAdapter = createConsoleAdapter({
    bot: test.bot,
    write: (text) => void output.push(text),
    imageDirectory: mkdtempSync(join(tmpdir(), "bedoeling-console-")),
    actions: { postPrompt: async () => undefined, postDigest: async () => undefined },
  });
  test.bot.connect(adapter.platform);
  const { session, platform } = adapter;

  async function type(...lines: string[]): Promise<ActResult> {
    session.lastReply = undefined;
    for (const line of lines) await session.handleLine(line);
    return toResult();
  }

  function toResult(): ActResult {
    const reply = session.lastReply;
    if (!reply) return {};
    if (reply.kind === "open-form") return { form: toSeenForm(reply.form) };
    if (reply.kind === "form-errors") return { errors: reply.errors };
    if (reply.kind === "notice" || reply.kind === "show-home") return { notice: plainText(reply.message) };
    return {};
  }

  function seen(ref: { conversationId: string; messageId: string; threadId?: string }, message: Message): SeenMessage {
    const buttons = message.blocks.flatMap((block) => (block.type === "buttons" ? block.buttons : []));
    return { ...ref, text: plainText(message), buttons };
  }

  return {
    platform: "console",
    bot: test.bot,
    clock: test.clock,
    channels: { team: "#kcc", triage: "#kcc-garage", addressee: "#beleid" },
    output,
    command: (person, conversationId, text) => type(`/als ${person}`, `/kanaal ${conversationId}`, `/casus ${text}`.trim()),
    press: async (person: Person, message: SeenMessage, action: string) => {
      const number = [...platform.buttons.entries()]
        .filter(([, shown]) => shown.ref.messageId === message.messageId && shown.button.action === action)
        .map(([n]) => n)
        .pop();
      if (number === undefined) throw new Error(`no button ${action} on ${message.messageId}`);
      return type(`/als ${person}`, `/knop ${number}`);
    },
    // The session asks the open form's fields one by one (after an error, only the wrong ones).
    submit: (_person: Person, _form: SeenForm, values: Record<string, string>) => {
      const lines = session.pendingFields().map((field) => {
        const value = values[field.name] ?? "";
        if (field.kind === "checkbox") return value === "true" ? "j" : "n";
        return value.replace(/\n/g, "\\n");
      });
      return type(...lines);
    },
    messagesIn: (conversationId) =>
      [...platform.messages.values()]
        .filter(({ ref }) => ref.conversationId === conversationId && !ref.threadId)
        .map(({ ref, message }) => seen(ref, message)),
    repliesTo: (parent) =>
      [...platform.messages.values()]
        .filter(({ ref }) => ref.threadId === parent.messageId)
        .map(({ ref, message }) => seen(ref, message)),
    directMessagesTo: (person) => (platform.directMessages.get(person) ?? []).map(plainText),
    close: async () => {
      test.db.close();
    },
  };

}

function toSeenForm(form: Form): SeenForm {
  const initial: Record<string, string> = {};
  for (const field of form.fields) if (field.initial !== undefined) initial[field.name] = field.initial;
  return { formId: form.id, fieldNames: form.fields.map((field) => field.name), initial, handle: form };
}

function plainText(message: Message): string {
  return message.blocks
    .map((block) => {
      if (block.type === "fields") return block.fields.map((field) => `${field.label}: ${field.value}`).join("\n");
      if (block.type === "buttons") return block.buttons.map((b) => b.label).join(" ");
      if (block.type === "divider") return "";
      if (block.type === "image") return block.alt;
      return block.text;
    })
    .join("\n");
}
