import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Bot } from "../../src/chat/adapter.ts";
import type { Field, Form, Interaction, Reply, UserRef } from "../../src/chat/vocabulary.ts";
import type { ConsolePlatform } from "./console-platform.ts";
import { consoleTexts as t } from "./console-texts.ts";

export interface ConsoleActions {
  postPrompt(team: string): Promise<string | undefined>;
  postDigest(team: string): Promise<string | undefined>;
}

interface OpenForm {
  form: Form;
  values: Record<string, string>;
  queue: Field[];
}

/** Reads lines, one at a time, and turns them into interactions: receive → parse → dispatch. */
export class ConsoleSession {
  private user: string;
  private channel: string;
  private open: OpenForm | undefined;
  /** What the person saw last in answer to what they did; tests read it. */
  lastReply: Reply | undefined;

  constructor(
    private readonly bot: Bot,
    private readonly platform: ConsolePlatform,
    private readonly actions: ConsoleActions,
    private readonly write: (text: string) => void,
    start: { user: string; channel: string },
  ) {
    this.user = start.user;
    this.channel = start.channel;
  }

  /** The fields still to be answered in the open form, in order. */
  pendingFields(): Field[] {
    return [...(this.open?.queue ?? [])];
  }

  async run(input: Readable): Promise<void> {
    this.write(t.welcome(this.user, this.channel));
    const lines = createInterface({ input, terminal: false });
    for await (const line of lines) {
      if (!(await this.handleLine(line))) break;
    }
    lines.close();
  }

  /** Handles one line; false means stop. */
  async handleLine(raw: string): Promise<boolean> {
    const line = raw.trim();
    if (this.open) return this.answerField(line);
    if (line === "") return true;
    const [word = "", ...rest] = line.split(/\s+/);
    const argument = rest.join(" ");
    switch (word) {
      case "/stop":
        return false;
      case "/hulp":
      case "/help":
        this.write(t.help);
        return true;
      case "/als":
        this.user = argument.toLowerCase() || this.user;
        this.write(t.youAre(this.user, this.channel));
        return true;
      case "/kanaal":
        this.channel = argument.startsWith("#") ? argument : `#${argument}`;
        this.write(t.youAre(this.user, this.channel));
        return true;
      case "/casus":
        return this.dispatch({ kind: "command", user: this.me(), place: { conversationId: this.channel }, name: "casus", text: argument });
      case "/home":
        return this.dispatch({ kind: "home-opened", user: this.me() });
      case "/knop":
        return this.press(argument);
      case "/vraag":
        return this.report(await this.actions.postPrompt(argument), argument);
      case "/overzicht":
        return this.report(await this.actions.postDigest(argument), argument);
      default:
        this.write(t.unknownCommand);
        return true;
    }
  }

  private report(outcome: string | undefined, team: string): boolean {
    this.write(outcome === undefined ? t.unknownTeam(team) : t.posted(outcome));
    return true;
  }

  private me(): UserRef {
    return { platform: "console", id: this.user };
  }

  private async press(number: string): Promise<boolean> {
    const shown = this.platform.buttons.get(Number(number));
    if (!shown) {
      this.write(t.unknownButton(number));
      return true;
    }
    const { button, ref } = shown;
    return this.dispatch({
      kind: "button",
      user: this.me(),
      place: { conversationId: ref.conversationId, message: ref },
      action: button.action,
      value: button.value,
    });
  }

  private async dispatch(interaction: Interaction): Promise<boolean> {
    this.show(await this.bot.handle(interaction));
    // What the action set going (thread replies, DMs) is printed before the next prompt.
    await this.bot.whenIdle?.();
    return true;
  }

  private show(reply: Reply): void {
    this.lastReply = reply;
    if (reply.kind === "notice" || reply.kind === "show-home") this.platform.showPrivately(this.user, reply.message);
    else if (reply.kind === "open-form") this.startForm(reply.form, {});
    else if (reply.kind === "form-errors" && this.lastForm) {
      this.write(t.fixErrors);
      for (const [name, message] of Object.entries(reply.errors)) this.write(`- ${name}: ${message}`);
      const fields = this.lastForm.form.fields.filter((field) => field.name in reply.errors);
      this.open = { form: this.lastForm.form, values: this.lastForm.values, queue: fields };
      this.askNext();
    }
  }

  private lastForm: OpenForm | undefined;

  private startForm(form: Form, values: Record<string, string>): void {
    this.write(t.formStart(form.title));
    if (form.intro) this.write(form.intro);
    this.open = { form, values, queue: [...form.fields] };
    this.askNext();
  }

  private askNext(): void {
    const field = this.open?.queue[0];
    if (!field) return;
    const lines = [`${field.label} ${field.isRequired ? t.required : t.optional}`];
    if (field.hint) lines.push(`  ${field.hint}`);
    if (field.choices) lines.push(t.choose, ...field.choices.map((choice, index) => `  ${index + 1}. ${choice.label}`));
    if (field.kind === "checkbox") lines.push(t.yesNo);
    if (field.initial) lines.push(`  [${field.initial}]`);
    this.write(lines.join("\n"));
  }

  private async answerField(line: string): Promise<boolean> {
    const open = this.open!;
    if (line === "/annuleer") {
      this.open = undefined;
      this.write(t.cancelled);
      return true;
    }
    const field = open.queue.shift()!;
    open.values[field.name] = interpret(field, line);
    if (open.queue.length > 0) {
      this.askNext();
      return true;
    }
    this.open = undefined;
    this.lastForm = open;
    return this.dispatch({
      kind: "form-submit",
      user: this.me(),
      place: { conversationId: this.channel },
      formId: open.form.id,
      context: open.form.context,
      values: open.values,
    });
  }
}

/** A typed line as a field value: a number picks a choice, j/n answers a checkbox, Enter keeps the initial. */
function interpret(field: Field, line: string): string {
  if (line === "" && field.initial) return field.initial;
  if (field.choices) {
    const index = Number(line) - 1;
    return field.choices[index]?.value ?? field.choices.find((choice) => choice.value === line)?.value ?? line;
  }
  if (field.kind === "checkbox") return /^(j|ja|y|yes|true)$/i.test(line) ? "true" : "false";
  return line.replace(/\\n/g, "\n");
}
