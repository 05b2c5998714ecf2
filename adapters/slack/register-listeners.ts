import type { App } from "@slack/bolt";
import type { Ack } from "./slack-inbox.ts";
import { SLACK_REGISTRATIONS } from "./slack-registrations.ts";

export type Receive = (body: unknown, ack?: Ack) => Promise<void>;

/** Hands every registered Slack entry point to `receive`; buttons and modals have one listener each. */
export function registerListeners(app: App, receive: Receive): void {
  // Bolt types ack per payload (commands take a message, views a response_action); the inbox knows which it sends.
  const withAck = ({ body, ack }: { body: unknown; ack: unknown }) => receive(body, ack as Ack);
  for (const command of SLACK_REGISTRATIONS.slashCommands) app.command(command, withAck);
  for (const callbackId of SLACK_REGISTRATIONS.messageShortcuts) {
    app.shortcut({ type: "message_action", callback_id: callbackId }, withAck);
  }
  app.action({ type: "block_actions" }, withAck);
  app.view({ type: "view_submission" }, withAck);
  for (const event of SLACK_REGISTRATIONS.botEvents) {
    // Bolt acknowledges events itself, before listeners run.
    app.event(event, ({ body }) => receive(body));
  }
}
