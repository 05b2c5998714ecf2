import type { Interaction, Place, UserRef } from "../../src/chat/vocabulary.ts";
import { fromSlackText } from "./slack-markup.ts";
import { decodeModalMetadata } from "./modal-metadata.ts";
import type { SlackPayload } from "./slack-payload.ts";
import { actionOf } from "./to-block-kit.ts";

/** Slack words to ours: what the person did, as the core understands it. Undefined: nothing to do. */
export function toInteraction(payload: SlackPayload): Interaction | undefined {
  switch (payload.kind) {
    case "slash-command":
      return {
        kind: "command",
        user: userOf(payload.userId),
        place: { conversationId: payload.channelId },
        name: payload.command.replace(/^\//, ""),
        text: payload.text,
      };
    case "button":
      return {
        kind: "button",
        user: userOf(payload.userId),
        place: placeOf(payload.channelId, payload.messageTs, payload.threadTs),
        action: actionOf(payload.actionId),
        value: payload.value,
      };
    case "view-submission": {
      const { context, place } = decodeModalMetadata(payload.privateMetadata);
      return { kind: "form-submit", user: userOf(payload.userId), place, formId: payload.callbackId, context, values: payload.values };
    }
    case "message-shortcut":
      // "Maak er een casus van" on any message: the case form with the message's text as situation.
      return {
        kind: "button",
        user: userOf(payload.userId),
        place: placeOf(payload.channelId, payload.messageTs, payload.threadTs),
        action: "case.from-message",
        value: fromSlackText(payload.messageText).trim().slice(0, 2000),
      };
    case "home-opened":
      // app_home_opened also fires for the Messages tab; only the Home tab shows our page.
      return payload.tab === "home" ? { kind: "home-opened", user: userOf(payload.userId) } : undefined;
    case "url-verification":
    case "unsupported":
      return undefined;
  }
}

export function userOf(id: string): UserRef {
  return { platform: "slack", id };
}

function placeOf(channelId: string | undefined, messageTs: string | undefined, threadTs: string | undefined): Place {
  if (!channelId) return {};
  if (!messageTs) return { conversationId: channelId };
  return { conversationId: channelId, message: { platform: "slack", conversationId: channelId, messageId: messageTs, threadId: threadTs } };
}
