import type { Interaction, Place, UserRef } from "../../src/chat/vocabulary.ts";
import type { Person, TeamsEvent, Where } from "./parse-activity.ts";

/**
 * The button on the "Formulier openen" card that a typed command gets (a message cannot open a dialog).
 * Pressing it runs the command again, now inside a dialog. Only this adapter knows the name.
 */
export const OPEN_FORM_ACTION = "teams.open-form";

const HOME_WORDS = /^(hallo|hoi|hi|hey|hello|home|start|begin|menu)$/i;
const ID_QUESTION = /^(wie ben ik|mijn id|whoami|who am i|my id)\??$/i;
const COMMAND = "casus";
const MAX_TEXT = 2000;

/** Parse → translate: a Teams event as the neutral interaction the core understands. Pure. */
export function toInteraction(event: TeamsEvent): Interaction | undefined {
  switch (event.kind) {
    case "installed":
      if (event.where.scope !== "personal" || !event.user || !event.isInstallationUpdate) return undefined;
      return { kind: "home-opened", user: userRef(event.user) };
    case "message": {
      const text = commandText(event.text);
      if (event.where.scope === "personal" && (event.text === "" || HOME_WORDS.test(event.text))) {
        return { kind: "home-opened", user: userRef(event.user) };
      }
      return { kind: "command", user: userRef(event.user), place: placeOf(event.where), name: COMMAND, text };
    }
    case "dialog-open":
    case "dialog-submit": {
      const cardId = event.kind === "dialog-open" ? event.cardId : undefined;
      const user = userRef(event.user);
      if (event.button.action === OPEN_FORM_ACTION) {
        return { kind: "command", user, place: placeOf(event.where), name: COMMAND, text: commandText(event.button.value ?? "") };
      }
      return { kind: "button", user, place: placeOf(event.where, cardId), action: event.button.action, value: event.button.value };
    }
    case "form-submit":
      return {
        kind: "form-submit",
        user: userRef(event.user),
        place: placeOf(event.where),
        formId: event.state.form.id,
        context: event.state.form.context,
        values: event.values,
      };
    case "uninstalled":
    case "form-refused":
    case "ignored":
      return undefined;
  }
}

/**
 * Operators need people's Teams ids (`29:…`) for the leads in the configuration, and Teams shows them
 * nowhere; so "wie ben ik" in a personal chat answers with the person's own id. Not a core matter.
 */
export function asksForOwnId(event: TeamsEvent): boolean {
  return event.kind === "message" && event.where.scope === "personal" && ID_QUESTION.test(event.text);
}

/** "casus status G-2026-0042", "/casus", or just "status G-2026-0042" in a personal chat. */
export function commandText(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0] && words[0].replace(/^\//, "").toLowerCase() === COMMAND) words.shift();
  return words.join(" ").slice(0, MAX_TEXT);
}

function userRef(person: Person): UserRef {
  return { platform: "msteams", id: person.id };
}

/** The channel (never the thread id) is the conversation; the pressed card is the message. */
function placeOf(where: Where, cardId?: string): Place {
  const place: Place = { conversationId: where.baseConversationId };
  if (cardId) {
    const threadId = where.threadId && where.threadId !== cardId ? where.threadId : undefined;
    place.message = { platform: "msteams", conversationId: where.baseConversationId, messageId: cardId, ...(threadId ? { threadId } : {}) };
  }
  return place;
}
