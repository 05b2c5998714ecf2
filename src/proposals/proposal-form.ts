import type { Choice, Field, Form, Language } from "../chat/vocabulary.ts";
import { RULE_LEVELS, type CaseRecord } from "../cases/case-model.ts";
import { caseTexts } from "../cases/case-texts.ts";
import type { ProposalMove, ProposalRecord } from "./proposal-model.ts";
import { proposalTexts } from "./proposal-texts.ts";

export interface ThreadSize {
  cases: number;
  teams: number;
}

/**
 * A lead turns a decided case into a proposal: to whom, what should change and why, prefilled from the
 * case. When its rule chafes in more cases (a rode draad), the lead may take all of them along.
 */
export function proposalForm(record: CaseRecord, addressees: Choice[], thread: ThreadSize, reviewOn: string, language: Language): Form {
  const t = proposalTexts[language].form;
  const fields: Field[] = [
    { name: "addressee", label: t.addressee, kind: "select", isRequired: true, choices: addressees, initial: addressees.length === 1 ? addressees[0]!.value : undefined },
  ];
  if (thread.cases > 1) {
    const choices = [
      { value: "case", label: t.scopeCase(record.reference) },
      { value: "thread", label: t.scopeThread(thread.cases, thread.teams) },
    ];
    fields.push({ name: "scope", label: t.scope, kind: "select", isRequired: false, choices, initial: "thread" });
  }
  fields.push(
    { name: "rule", label: t.rule, kind: "text", isRequired: true, maxLength: 300, initial: record.rule },
    {
      name: "ruleLevel",
      label: t.ruleLevel,
      kind: "select",
      isRequired: true,
      choices: RULE_LEVELS.map((level) => ({ value: level, label: caseTexts[language].ruleLevel[level] })),
      initial: record.ruleLevel,
    },
    { name: "proposedText", label: t.proposedText, kind: "textarea", isRequired: true, maxLength: 2000, initial: record.proposal || undefined },
    { name: "bedoeling", label: t.bedoeling, kind: "textarea", isRequired: true, maxLength: 1000, initial: record.bedoeling },
    { name: "unwantedEffect", label: t.unwantedEffect, kind: "textarea", isRequired: false, maxLength: 1000, initial: record.unwantedEffect || undefined },
    { name: "reviewOn", label: t.reviewOn, hint: t.reviewOnHint, kind: "date", isRequired: true, initial: reviewOn },
  );
  return {
    id: "proposal.submit",
    title: t.title,
    submitLabel: t.submit,
    intro: `${record.reference} · ${record.title}\n${t.intro}`,
    fields,
    context: JSON.stringify({ case: record.id }),
  };
}

/** The reasons (and for "aangepast aangenomen", what changed) with which a proposal is decided or withdrawn. */
export function proposalAnswerForm(move: Exclude<ProposalMove, "take">, proposal: ProposalRecord, language: Language): Form {
  const t = proposalTexts[language].answerForm;
  const fields: Field[] = [];
  if (move === "amend") fields.push({ name: "amendment", label: t.amendment, kind: "textarea", isRequired: true, maxLength: 2000 });
  fields.push({ name: "reasons", label: t.reasons, kind: "textarea", isRequired: true, maxLength: 2000 });
  return {
    id: "proposal.move",
    title: t.title[move],
    submitLabel: t.submit,
    intro: `${proposal.reference} · ${proposal.rule}`,
    fields,
    context: JSON.stringify({ proposal: proposal.id, move }),
  };
}

/** "Dit speelt bij ons ook": a lead picks one of their own team's cases to add. */
export function joinForm(proposal: ProposalRecord, cases: CaseRecord[], language: Language): Form {
  const t = proposalTexts[language].joinForm;
  const choices = cases.map((record) => ({ value: String(record.id), label: `${record.reference} ${record.title}`.slice(0, 75) }));
  return {
    id: "proposal.add-case",
    title: t.title,
    submitLabel: t.submit,
    intro: `${proposal.reference} · ${proposal.rule}`,
    fields: [{ name: "case", label: t.case, kind: "select", isRequired: true, choices, initial: choices.length === 1 ? choices[0]!.value : undefined }],
    context: JSON.stringify({ proposal: proposal.id }),
  };
}
