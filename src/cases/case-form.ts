import type { Field, Form, Language } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { CUSTOMER_ROLES, DECISION_LEVELS, OUTCOMES, PUBLIC_VALUES, RULE_LEVELS, URGENCIES, type Move, type PublicValue } from "./case-model.ts";
import { caseArgumentTexts } from "./case-argument-texts.ts";
import { caseFormTexts } from "./case-form-texts.ts";
import { caseTexts } from "./case-texts.ts";
import { escalationFields, type EscalationChoices } from "../proposals/escalation-form.ts";

export interface CaseFormPrefill {
  team?: string;
  situation?: string;
  sourceAnswerId?: number;
}

/** The free-text fields of a case, in the order of the form: all of them are checked for a repeated own answer. */
export const CASE_TEXT_FIELDS = [
  "title",
  "situation",
  "citizenNeed",
  "rule",
  "unwantedEffect",
  "bedoeling",
  "roomWithinRule",
  "proposal",
  "ifNothingIsDone",
];

/**
 * The Garage de Bedoeling intake: short enough for chat, complete enough to decide on and to argue
 * upward (seeds-brief §4.3). Only title, situation, rule and bedoeling must be written; the rest helps.
 */
export function caseForm(teams: TeamConfig[], language: Language, prefill: CaseFormPrefill = {}): Form {
  const t = caseTexts[language];
  const ft = caseFormTexts[language].form;
  const f = ft.fields;
  const optionalText = (name: string, label: string, hint: string): Field => ({
    name,
    label,
    hint,
    kind: "textarea",
    isRequired: false,
    maxLength: 1000,
  });
  const fields: Field[] = [
    { name: "title", label: f.title, kind: "text", isRequired: true, maxLength: 120 },
    { name: "situation", label: f.situation, kind: "textarea", isRequired: true, maxLength: 2000, hint: f.situationHint, initial: prefill.situation },
    optionalText("citizenNeed", f.citizenNeed, f.citizenNeedHint),
    {
      name: "customerRole",
      label: f.customerRole,
      hint: f.customerRoleHint,
      kind: "select",
      isRequired: false,
      choices: CUSTOMER_ROLES.map((role) => ({ value: role, label: ft.customerRole[role] })),
    },
    { name: "rule", label: f.rule, kind: "text", isRequired: true, maxLength: 300 },
    {
      name: "ruleLevel",
      label: f.ruleLevel,
      kind: "select",
      isRequired: true,
      choices: RULE_LEVELS.map((level) => ({ value: level, label: t.ruleLevel[level] })),
    },
    { name: "unwantedEffect", label: f.unwantedEffect, kind: "textarea", isRequired: false, maxLength: 1000 },
    { name: "bedoeling", label: f.bedoeling, kind: "textarea", isRequired: true, maxLength: 1000, hint: f.bedoelingHint },
    optionalText("roomWithinRule", f.roomWithinRule, f.roomWithinRuleHint),
    optionalText("proposal", f.proposal, f.proposalHint),
    optionalText("ifNothingIsDone", f.ifNothingIsDone, f.ifNothingIsDoneHint),
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
    title: ft.title,
    submitLabel: ft.submit,
    intro: ft.intro,
    fields,
    context: JSON.stringify(prefill.sourceAnswerId ? { answer: prefill.sourceAnswerId } : {}),
  };
}

/** The name of the checkbox that says a decision weighed this public value. */
export function publicValueField(value: PublicValue): string {
  return `value-${value}`;
}

/**
 * The form a lead fills in for a move that needs reasons, a date or a recipient. An escalation chooses
 * among the configured addressees (or names one in free text when there are none).
 */
export function moveForm(
  move: Move,
  caseId: number,
  reference: string,
  language: Language,
  escalation: EscalationChoices = { addressees: [], dueOn: "" },
): Form | undefined {
  const t = caseFormTexts[language];
  const context = JSON.stringify({ case: caseId, move });
  const base = { id: "case.move", context, intro: reference };
  if (move === "decide") return { ...base, ...decideForm(language), intro: `${reference}\n${t.decideForm.intro}` };
  if (move === "escalate") {
    return {
      ...base,
      title: t.escalateForm.title,
      submitLabel: t.escalateForm.submit,
      fields: escalationFields(escalation, language),
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

/**
 * A reasoned decision: its outcome (every one of seeds-brief §4.5), the level it was taken at, the
 * public values weighed (a checkbox each, which every adapter renders) and who carries it out.
 * The level starts at "team" so that every form records one; a lead changes it when others decided.
 */
function decideForm(language: Language): Pick<Form, "title" | "submitLabel" | "fields"> {
  const d = caseFormTexts[language].decideForm;
  const choices = caseArgumentTexts[language];
  const outcomes = caseTexts[language].outcome;
  return {
    title: d.title,
    submitLabel: d.submit,
    fields: [
      { name: "outcome", label: d.outcome, kind: "select", isRequired: true, choices: OUTCOMES.map((value) => ({ value, label: outcomes[value] })) },
      {
        name: "decisionLevel",
        label: d.level,
        kind: "select",
        isRequired: false,
        choices: DECISION_LEVELS.map((value) => ({ value, label: choices.decisionLevel[value] })),
        initial: "team",
      },
      { name: "reasons", label: d.reasons, kind: "textarea", isRequired: true, maxLength: 2000 },
      ...PUBLIC_VALUES.map(
        (value): Field => ({
          name: publicValueField(value),
          label: d.weighed(choices.publicValue[value]),
          hint: choices.publicValueHint[value],
          kind: "checkbox",
          isRequired: false,
          initial: "false",
        }),
      ),
      { name: "otherValues", label: d.otherValues, kind: "text", isRequired: false, maxLength: 200 },
      { name: "owner", label: d.owner, hint: d.ownerHint, kind: "text", isRequired: false, maxLength: 320 },
    ],
  };
}
