import type { Choice, Field, Form, Language } from "../chat/vocabulary.ts";
import { caseFormTexts } from "../cases/case-form-texts.ts";
import type { EscalationRecord } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";

export interface EscalationChoices {
  /** The config's addressees; with none, the lead names the addressee in free text. */
  addressees: Choice[];
  /** The day prefilled as due date. */
  dueOn: string;
}

/**
 * Escalating with teeth (seeds-brief §7 idea 5): to whom, the question, what the team does meanwhile,
 * and by when an answer is needed. A due date left empty means two weeks.
 */
export function escalationFields(choices: EscalationChoices, language: Language): Field[] {
  const t = escalationTexts[language].form;
  const c = caseFormTexts[language].escalateForm;
  const to: Field =
    choices.addressees.length > 0
      ? { name: "escalatedTo", label: t.to, kind: "select", isRequired: true, choices: choices.addressees, initial: choices.addressees.length === 1 ? choices.addressees[0]!.value : undefined }
      : { name: "escalatedTo", label: c.to, kind: "text", isRequired: true, maxLength: 200 };
  return [
    to,
    { name: "question", label: c.question, kind: "textarea", isRequired: true, maxLength: 1000 },
    { name: "interimMeasure", label: t.interim, hint: t.interimHint, kind: "textarea", isRequired: false, maxLength: 1000 },
    { name: "dueOn", label: t.dueOn, hint: t.dueOnHint, kind: "date", isRequired: false, initial: choices.dueOn },
  ];
}

/** The answer, with reasons, that goes back to the team. */
export function escalationAnswerForm(escalation: EscalationRecord, reference: string, language: Language): Form {
  const t = escalationTexts[language].answerForm;
  return {
    id: "escalation.submit",
    title: t.title,
    submitLabel: t.submit,
    intro: `${reference} · ${escalation.question}`,
    fields: [
      { name: "answer", label: t.answer, kind: "textarea", isRequired: true, maxLength: 2000 },
      { name: "reasons", label: t.reasons, kind: "textarea", isRequired: true, maxLength: 2000 },
    ],
    context: JSON.stringify({ escalation: escalation.id }),
  };
}
