import type { App } from "@slack/bolt";
import type { SlackPayload } from "./slack-payload.ts";
import { SLACK_REGISTRATIONS } from "./slack-registrations.ts";

/** Bolt's ack(): answers Slack's HTTP request (or Socket Mode envelope), at most once, within 3 s. */
export type Ack = (response?: Record<string, unknown>) => Promise<void>;

/** Where a listener hands what came in: the payload as the receiver parsed it, and Bolt's ack (none for events). */
export type Receive = (payload: SlackPayload, ack?: Ack) => Promise<void>;

// The receiver parses each body once and passes the result to Bolt, which puts it in the listener's context.
const PAYLOAD = "slackPayload";

export function withPayload(payload: SlackPayload): Record<string, unknown> {
  return { [PAYLOAD]: payload };
}

/** Hands every registered Slack entry point to `receive`; buttons and modals have one listener each. */
export function registerListeners(app: App, receive: Receive): void {
  const payloadOf = (context: Record<string, unknown>) => context[PAYLOAD] as SlackPayload;
  // Bolt types ack per payload (commands take a message, views a response_action); the inbox knows which it sends.
  const withAck = ({ context, ack }: { context: Record<string, unknown>; ack: unknown }) => receive(payloadOf(context), ack as Ack);
  for (const command of SLACK_REGISTRATIONS.slashCommands) app.command(command, withAck);
  for (const callbackId of SLACK_REGISTRATIONS.messageShortcuts) {
    app.shortcut({ type: "message_action", callback_id: callbackId }, withAck);
  }
  app.action({ type: "block_actions" }, withAck);
  app.view({ type: "view_submission" }, withAck);
  for (const event of SLACK_REGISTRATIONS.botEvents) {
    // Bolt acknowledges events itself, before listeners run.
    app.event(event, ({ context }) => receive(payloadOf(context)));
  }
}
