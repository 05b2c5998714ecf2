import type { Field, Form, Language } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { OUTCOMES, RULE_LEVELS, URGENCIES, type Move } from "./case-model.ts";
import { caseTexts } from "./case-texts.ts";

export interface CaseFormPrefill {
  team?: string;
  situation?: string;
  sourceAnswerId?: number;
}

/** The Garage de Bedoeling intake: short enough for chat, complete enough to decide on. */
export function caseForm(teams: TeamConfig[], language: Language, prefill: CaseFormPrefill = {}): Form {
  const t = caseTexts[language];
  const f = t.form.fields;
  const fields: Field[] = [
    { name: "title", label: f.title, kind: "text", isRequired: true, maxLength: 120 },
    { name: "situation", label: f.situation, kind: "textarea", isRequired: true, maxLength: 2000, hint: f.situationHint, initial: prefill.situation },
    { name: "rule", label: f.rule, kind: "text", isRequired: true, maxLength: 300 },
    {
      name: "ruleLevel",
      label: f.ruleLevel,
      kind: "select",
      isRequired: true,
      choices: RULE_LEVELS.map((level) => ({ value: level, label: t.ruleLevel[level] })),
    },
    { name: "bedoeling", label: f.bedoeling, kind: "textarea", isRequired: true, maxLength: 1000 },
    { name: "unwantedEffect", label: f.unwantedEffect, kind: "textarea", isRequired: false, maxLength: 1000 },
    { name: "proposal", label: f.proposal, kind: "textarea", isRequired: false, maxLength: 1000 },
    {
      name: "urgency",
      label: f.urgency,
      kind: "select",
      isRequired: true,
      choices: URGENCIES.map((urgency) => ({ value: urgency, label: t.urgency[urgency] })),
      initial: "normal",
    },
    {
      name: "team",
      label: f.team,
      kind: "select",
      isRequired: true,
      choices: teams.map((team) => ({ value: team.key, label: team.name })),
      initial: prefill.team ?? (teams.length === 1 ? teams[0]!.key : undefined),
    },
    { name: "isAnonymous", label: f.anonymous, kind: "checkbox", isRequired: false, initial: "false" },
  ];
  return {
    id: "case.submit",
    title: t.form.title,
    submitLabel: t.form.submit,
    intro: t.form.intro,
    fields,
    context: JSON.stringify(prefill.sourceAnswerId ? { answer: prefill.sourceAnswerId } : {}),
  };
}

/** The form a lead fills in for a move that needs reasons, a date or a recipient. */
export function moveForm(move: Move, caseId: number, reference: string, language: Language): Form | undefined {
  const t = caseTexts[language];
  const context = JSON.stringify({ case: caseId, move });
  const base = { id: "case.move", context, intro: reference };
  if (move === "decide") {
    return {
      ...base,
      title: t.decideForm.title,
      submitLabel: t.decideForm.submit,
      fields: [
        {
          name: "outcome",
          label: t.decideForm.outcome,
          kind: "select",
          isRequired: true,
          choices: OUTCOMES.map((outcome) => ({ value: outcome, label: t.outcome[outcome] })),
        },
        { name: "reasons", label: t.decideForm.reasons, kind: "textarea", isRequired: true, maxLength: 2000 },
      ],
    };
  }
  if (move === "escalate") {
    return {
      ...base,
      title: t.escalateForm.title,
      submitLabel: t.escalateForm.submit,
      fields: [
        { name: "escalatedTo", label: t.escalateForm.to, kind: "text", isRequired: true, maxLength: 200 },
        { name: "question", label: t.escalateForm.question, kind: "textarea", isRequired: true, maxLength: 1000 },
      ],
    };
  }
  if (move === "pause") {
    return {
      ...base,
      title: t.pauseForm.title,
      submitLabel: t.pauseForm.submit,
      fields: [
        { name: "pausedUntil", label: t.pauseForm.until, kind: "date", isRequired: true },
        { name: "note", label: t.pauseForm.note, kind: "textarea", isRequired: false, maxLength: 500 },
      ],
    };
  }
  if (move === "close") {
    return {
      ...base,
      title: t.closeForm.title,
      submitLabel: t.closeForm.submit,
      fields: [{ name: "closeReason", label: t.closeForm.reason, kind: "textarea", isRequired: true, maxLength: 500 }],
    };
  }
  return undefined;
}
