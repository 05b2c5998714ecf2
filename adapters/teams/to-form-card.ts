// Forms open as Teams dialogs (task modules: a button sends `task/fetch`, the dialog's submit sends
// `task/submit`), not as inline cards with Action.Submit. Why: a card posted in a channel can be seen
// and submitted by everyone there, so an inline answer form (prefilled with someone's own answer) would
// leak and could be filled in by the wrong person; a dialog belongs to the person who opened it, stays
// open to show field errors (we answer `continue` with the card re-rendered), and closes when done. A
// command typed in the chat cannot open a dialog by itself, so it gets a small "Formulier openen" card;
// that card is replaced once its form is submitted, so it cannot be used twice. The submit data carries
// the form (to re-render errors) and its launcher as one signed string (see signed-form-state.ts).
// https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots
import type { Field, Form, Language } from "../../src/chat/vocabulary.ts";
import type { FormState } from "./signed-form-state.ts";
import { emptyCard, textBlock, type AdaptiveCardJson, type CardElement } from "./to-adaptive-card.ts";
import { teamsTexts } from "./teams-texts.ts";

export interface FormCardOptions {
  language: Language;
  /** The Teams user id of the person the dialog opens for; only they may submit it. */
  openedFor: string;
  /** Signs the state that travels through the client. */
  seal: (state: FormState) => string;
  launcher?: string;
  /** What the person typed last time, shown again next to the errors. */
  values?: Record<string, string>;
  errors?: Record<string, string>;
}

export function toFormCard(form: Form, options: FormCardOptions): AdaptiveCardJson {
  const body: CardElement[] = [];
  if (form.intro) body.push(textBlock(form.intro));
  for (const field of form.fields) {
    const value = options.values?.[field.name] ?? field.initial;
    body.push(toInput(field, value, options.language));
    if (field.hint) body.push({ type: "TextBlock", text: field.hint, size: "small", isSubtle: true, wrap: true, spacing: "none" });
    const error = options.errors?.[field.name];
    if (error) body.push({ type: "TextBlock", id: errorId(field.name), text: error, color: "attention", wrap: true, spacing: "none" });
  }
  const state: FormState = { form: withoutInitials(form), ...(options.launcher ? { launcher: options.launcher } : {}), openedFor: options.openedFor };
  const card = emptyCard(body, form.title);
  card.actions = [{ type: "Action.Submit", title: form.submitLabel, style: "positive", data: { form: options.seal(state) } }];
  return card;
}

/** The id of the TextBlock that shows a field's error, so it can be found again. */
export function errorId(fieldName: string): string {
  return `${fieldName}-error`;
}

function toInput(field: Field, value: string | undefined, language: Language): CardElement {
  const common: CardElement = { id: field.name };
  if (value !== undefined && value !== "") common.value = value;
  const labelled: CardElement = {
    ...common,
    label: field.label,
    isRequired: field.isRequired,
    ...(field.isRequired ? { errorMessage: teamsTexts[language].required } : {}),
  };
  switch (field.kind) {
    case "text":
    case "textarea":
      return {
        type: "Input.Text",
        ...labelled,
        isMultiline: field.kind === "textarea",
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
      };
    case "select":
      return {
        type: "Input.ChoiceSet",
        ...labelled,
        style: "compact",
        placeholder: teamsTexts[language].choose,
        choices: (field.choices ?? []).map((choice) => ({ title: choice.label, value: choice.value })),
      };
    case "checkbox":
      return { type: "Input.Toggle", ...common, title: field.label, valueOn: "true", valueOff: "false", value: value === "true" ? "true" : "false" };
    case "date":
      return { type: "Input.Date", ...labelled };
  }
}

function withoutInitials(form: Form): Form {
  return { ...form, fields: form.fields.map(({ initial: _initial, ...field }) => field) };
}
