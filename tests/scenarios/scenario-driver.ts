import type { RunningBot } from "../../src/composition/create-bot.ts";
import type { Platform } from "../../src/chat/vocabulary.ts";
import type { FakeClock } from "../../src/time/clock.ts";

/**
 * The shared scenario suite (scenario-suite.ts) drives every adapter through this interface. Each
 * adapter's driver speaks its platform for real (console: stdin/stdout; Slack: signed HTTP requests to
 * the real Bolt receiver; Teams: activities through the real CloudAdapter) and reads back what the
 * platform was asked to show (a fake Slack Web API, a fake Bot Connector), in the neutral terms below.
 */

/** People in the scenario: an employee, a team lead of team "kcc", and a colleague. */
export type Person = "anna" | "lisa" | "bram";

export interface SeenButton {
  label: string;
  action: string;
  value?: string;
}

/** A message as it currently shows (after every update), with all its visible text joined. */
export interface SeenMessage {
  conversationId: string;
  messageId: string;
  threadId?: string;
  text: string;
  buttons: SeenButton[];
}

export interface SeenForm {
  formId: string;
  fieldNames: string[];
  /** Prefilled values by field name. */
  initial: Record<string, string>;
  /** Whatever the driver needs to submit this form again (e.g. a Slack view's private_metadata). */
  handle: unknown;
}

/** What the acting person saw in direct answer to what they did. */
export interface ActResult {
  form?: SeenForm;
  errors?: Record<string, string>;
  /** Text shown only to that person (an ephemeral message, a card reply, a console line). */
  notice?: string;
}

export interface ScenarioDriver {
  readonly platform: Platform;
  readonly bot: RunningBot;
  readonly clock: FakeClock;
  /** Conversation ids of team "kcc" on this platform, and of the addressee "beleid" (see scenario-addressee.ts). */
  readonly channels: { team: string; triage: string; addressee: string };
  command(person: Person, conversationId: string, text: string): Promise<ActResult>;
  press(person: Person, message: SeenMessage, action: string): Promise<ActResult>;
  submit(person: Person, form: SeenForm, values: Record<string, string>): Promise<ActResult>;
  /** Top-level messages in a conversation, oldest first. */
  messagesIn(conversationId: string): SeenMessage[];
  /** Replies in the thread of a message, oldest first. */
  repliesTo(message: SeenMessage): SeenMessage[];
  /** Texts of the direct messages the bot sent this person, oldest first. */
  directMessagesTo(person: Person): string[];
  close(): Promise<void>;
}
