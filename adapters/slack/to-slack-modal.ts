import type { types } from "@slack/bolt";
import type { Field, Form, Language } from "../../src/chat/vocabulary.ts";
import { clip, splitText, toMrkdwn, toPlainText } from "./slack-markup.ts";
import { slackTexts } from "./slack-texts.ts";

/** Modal limits (https://docs.slack.dev/reference/views/modal-views, .../block-kit/block-elements). */
export const MODAL_LIMITS = {
  title: 24,
  submit: 24,
  close: 24,
  callbackId: 255,
  label: 2000,
  hint: 2000,
  inputMaxLength: 3000,
  options: 100,
  optionText: 75,
  optionValue: 150,
  sectionText: 3000,
} as const;

/**
 * A form as a Slack modal. Each field is an input block whose block_id and action_id are the field's
 * name, so a view_submission's state and a "response_action: errors" map one-to-one onto our fields.
 */
export function toSlackModal(form: Form, privateMetadata: string, language: Language): types.ModalView {
  const L = MODAL_LIMITS;
  const intro = form.intro ? splitText(toMrkdwn(form.intro), L.sectionText) : [];
  return {
    type: "modal",
    callback_id: form.id.slice(0, L.callbackId),
    private_metadata: privateMetadata,
    title: plain(form.title, L.title),
    submit: plain(form.submitLabel, L.submit),
    close: plain(slackTexts[language].cancel, L.close),
    blocks: [
      ...intro.map((text): types.SectionBlock => ({ type: "section", text: { type: "mrkdwn", text } })),
      ...form.fields.map((field) => toInput(field, language)),
    ],
  };
}

function toInput(field: Field, language: Language): types.InputBlock {
  const block: types.InputBlock = {
    type: "input",
    block_id: field.name,
    label: plain(field.label, MODAL_LIMITS.label),
    optional: !field.isRequired,
    element: toElement(field, language),
  };
  if (field.hint) block.hint = plain(field.hint, MODAL_LIMITS.hint);
  return block;
}

function toElement(field: Field, language: Language): types.InputBlockElement {
  const L = MODAL_LIMITS;
  const action_id = field.name;
  switch (field.kind) {
    case "text":
    case "textarea": {
      const maxLength = Math.min(field.maxLength ?? L.inputMaxLength, L.inputMaxLength);
      const element: types.PlainTextInput = { type: "plain_text_input", action_id, multiline: field.kind === "textarea", max_length: maxLength };
      if (field.initial) element.initial_value = field.initial.slice(0, maxLength);
      return element;
    }
    case "select": {
      const options = (field.choices ?? []).slice(0, L.options).map((choice) => option(choice.label, choice.value));
      const element: types.StaticSelect = { type: "static_select", action_id, options };
      const initial = options.find((candidate) => candidate.value === field.initial);
      if (initial) element.initial_option = initial;
      return element;
    }
    case "checkbox": {
      const yes = option(slackTexts[language].yes, "true");
      const element: types.Checkboxes = { type: "checkboxes", action_id, options: [yes] };
      if (field.initial === "true") element.initial_options = [yes];
      return element;
    }
    case "date": {
      const element: types.Datepicker = { type: "datepicker", action_id };
      if (field.initial && /^\d{4}-\d{2}-\d{2}$/.test(field.initial)) element.initial_date = field.initial;
      return element;
    }
  }
}

function option(label: string, value: string): types.PlainTextOption {
  return { text: plain(label, MODAL_LIMITS.optionText), value: value.slice(0, MODAL_LIMITS.optionValue) };
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: "plain_text", text: clip(toPlainText(text), max), emoji: true };
}
