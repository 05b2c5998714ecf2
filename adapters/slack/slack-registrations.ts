import type { SlackPayload } from "./slack-payload.ts";

/**
 * What the adapter listens for, as data: the slash command, the shortcuts and the events. manifest.json
 * must declare exactly these (tests/manifest.test.ts holds the two together).
 */
export const SLACK_REGISTRATIONS = {
  slashCommands: ["/casus"],
  messageShortcuts: ["case_from_message"],
  globalShortcuts: [] as string[],
  botEvents: ["app_home_opened"],
} as const;

/**
 * Whether one of the listeners above takes this payload. Bolt leaves anything else unanswered until its
 * 3-second timer gives a 404, so the receiver answers it at once instead.
 */
export function isListenedFor(payload: SlackPayload): boolean {
  switch (payload.kind) {
    case "slash-command":
      return (SLACK_REGISTRATIONS.slashCommands as readonly string[]).includes(payload.command);
    case "message-shortcut":
      return (SLACK_REGISTRATIONS.messageShortcuts as readonly string[]).includes(payload.callbackId);
    case "unsupported":
      return false;
    default:
      return true;
  }
}

/** A payload of a known type whose fields are not what Slack sends: refused, not ignored. */
export function isMalformed(payload: SlackPayload): boolean {
  return payload.kind === "unsupported" && payload.type.startsWith("malformed:");
}
