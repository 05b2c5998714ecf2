import type { Language } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import type { FormValues } from "../forms/validate-form.ts";
import { checkUserId } from "../operations/check-user-id.ts";
import { caseArgumentTexts } from "./case-argument-texts.ts";
import { publicValueField } from "./case-form.ts";
import { caseFormTexts } from "./case-form-texts.ts";
import { PUBLIC_VALUES, type CaseRecord, type DecisionLevel, type Outcome } from "./case-model.ts";
import type { CaseChange } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";

export type DecisionRead = { ok: true; change: Partial<CaseChange>; note: string } | { ok: false; errors: Record<string, string> };

/**
 * A checked decide form as a change to the case and its audit note. A lead may name any team member
 * as owner; the submitter only by their own hand, because what you raise should not simply become
 * yours (seeds-brief §6 item 9).
 */
export function readDecision(values: FormValues, record: CaseRecord, actor: string, language: Language): DecisionRead {
  const change: Partial<CaseChange> = {
    outcome: values.outcome as Outcome,
    reasons: values.reasons,
    decisionLevel: (values.decisionLevel || null) as DecisionLevel | null,
    publicValues: PUBLIC_VALUES.filter((value) => values[publicValueField(value)] === "true"),
    otherValues: values.otherValues || null,
  };
  if (values.owner) {
    const d = caseFormTexts[language].decideForm;
    const named = checkUserId(values.owner);
    if (!named.ok) return { ok: false, errors: { owner: d.ownerShape } };
    const owner = formatUser(named.user);
    if (owner !== record.owner && owner === record.submitter && owner !== actor) return { ok: false, errors: { owner: d.ownerIsSubmitter } };
    if (owner !== record.owner) change.owner = owner;
  }
  return { ok: true, change, note: auditNote(change, language) };
}

/**
 * What the audit trail keeps of a decision: a later decision overwrites the case, not this. The owner
 * is noted without their id: an erased person's id must not stay behind in a note.
 */
function auditNote(change: Partial<CaseChange>, language: Language): string {
  const t = caseTexts[language];
  const a = caseArgumentTexts[language];
  const parts = [`${t.labels.outcome}: ${t.outcome[change.outcome!]}`];
  if (change.decisionLevel) parts.push(`${a.labels.decisionLevel}: ${a.decisionLevel[change.decisionLevel]}`);
  const weighed = [...(change.publicValues ?? []).map((value) => a.publicValue[value]), ...(change.otherValues ? [change.otherValues] : [])];
  if (weighed.length > 0) parts.push(`${a.labels.publicValues}: ${weighed.join(", ")}`);
  if (change.owner) parts.push(a.labels.ownerNamed);
  return `${parts.join(" · ")}\n${change.reasons}`;
}
