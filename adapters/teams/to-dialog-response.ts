import type { Form, Language, Message, Reply } from "../../src/chat/vocabulary.ts";
import { ADAPTIVE_CARD_CONTENT_TYPE, toAdaptiveCard, type AdaptiveCardJson } from "./to-adaptive-card.ts";
import type { FormState } from "./signed-form-state.ts";
import { toFormCard } from "./to-form-card.ts";
import { teamsTexts } from "./teams-texts.ts";

/** What Teams expects in answer to task/fetch and task/submit (null body: close the dialog). */
export type DialogResponse =
  | { task: { type: "continue"; value: { title: string; width: "medium"; card: { contentType: string; content: AdaptiveCardJson } } } }
  | { task: { type: "message"; value: string } }
  | null;

export interface DialogOrigin {
  /** The form that was submitted, to show its errors in place. */
  form?: Form;
  values?: Record<string, string>;
  /** The chat card that opened this dialog, carried along so it can be replaced after the submit. */
  launcher?: string;
  /** task/fetch must show something; task/submit may simply close. */
  mustShow: boolean;
  /** The person the dialog is shown to, and how to sign the state its form carries. */
  openedFor: string;
  seal: (state: FormState) => string;
}

/** A Reply from the core as the dialog's next state. Pure. */
export function toDialogResponse(reply: Reply, origin: DialogOrigin, language: Language): DialogResponse {
  const t = teamsTexts[language];
  switch (reply.kind) {
    case "open-form":
      return showCard(reply.form.title, toFormCard(reply.form, { language, launcher: origin.launcher, openedFor: origin.openedFor, seal: origin.seal }));
    case "form-errors":
      if (!origin.form) return { task: { type: "message", value: Object.values(reply.errors).join(" ") } };
      return showCard(
        origin.form.title,
        toFormCard(origin.form, {
          language,
          launcher: origin.launcher,
          openedFor: origin.openedFor,
          seal: origin.seal,
          values: origin.values,
          errors: reply.errors,
        }),
      );
    case "notice":
    case "show-home":
      return showMessage(t.appName, reply.message);
    case "nothing":
      return origin.mustShow ? { task: { type: "message", value: t.done } } : null;
  }
}

function showMessage(title: string, message: Message): DialogResponse {
  return showCard(title, toAdaptiveCard(message, "dialog"));
}

function showCard(title: string, card: AdaptiveCardJson): DialogResponse {
  return { task: { type: "continue", value: { title, width: "medium", card: { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card } } } };
}
