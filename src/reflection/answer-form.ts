import type { Field, Form, Language } from "../chat/vocabulary.ts";
import type { Answer } from "./answer-store.ts";
import type { Prompt } from "./prompt-library.ts";
import { promptText } from "./prompt-text.ts";
import type { PromptRun } from "./prompt-run-store.ts";
import { reflectionTexts } from "./reflection-texts.ts";

export const ANSWER_MAX_LENGTH = 2000;

export function answerForm(run: PromptRun, prompt: Prompt, existing: Answer | undefined, language: Language, change?: string): Form {
  const t = reflectionTexts[language];
  const fields: Field[] = [];
  if (prompt.mode === "pulse" && prompt.scale) {
    const low = prompt.scale.low[language];
    const high = prompt.scale.high[language];
    fields.push({
      name: "score",
      label: t.scoreLabel,
      kind: "select",
      isRequired: true,
      choices: [1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: t.scoreChoice(value, low, high) })),
      initial: existing?.score ? String(existing.score) : undefined,
    });
  }
  fields.push({
    name: "text",
    label: prompt.mode === "pulse" ? t.commentLabel : t.answerLabel,
    kind: "textarea",
    isRequired: prompt.mode === "open",
    maxLength: ANSWER_MAX_LENGTH,
    hint: t.answerHint,
    initial: existing?.text || undefined,
  });
  if (run.visibility === "team" && prompt.mode === "open") {
    fields.push({
      name: "mayHighlight",
      label: t.highlightLabel,
      kind: "checkbox",
      isRequired: false,
      initial: existing?.mayHighlight ? "true" : "false",
    });
  }
  return {
    id: "answer.submit",
    title: t.formTitle,
    submitLabel: t.formSubmit,
    intro: promptText(prompt, language, change),
    fields,
    context: JSON.stringify({ run: run.id }),
  };
}
