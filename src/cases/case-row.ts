import type { CaseRecord, CaseStatus, CustomerRole, DecisionLevel, Outcome, PublicValue, RuleLevel, Urgency } from "./case-model.ts";
import { PUBLIC_VALUES } from "./case-model.ts";

/** A row of the cases table as a case. */
export function toCase(row: Record<string, unknown>): CaseRecord {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: Number(row.id),
    reference: String(row.reference),
    team: String(row.team),
    status: row.status as CaseStatus,
    title: String(row.title),
    situation: String(row.situation),
    citizenNeed: text("citizen_need") ?? "",
    customerRole: text("customer_role") as CustomerRole | null,
    rule: String(row.rule),
    ruleLevel: row.rule_level as RuleLevel,
    unwantedEffect: String(row.unwanted_effect),
    bedoeling: String(row.bedoeling),
    roomWithinRule: text("room_within_rule") ?? "",
    proposal: String(row.proposal),
    ifNothingIsDone: text("if_nothing_is_done") ?? "",
    urgency: row.urgency as Urgency,
    isAnonymous: row.is_anonymous === 1,
    submitter: text("submitter"),
    owner: text("owner"),
    platform: String(row.platform),
    outcome: text("outcome") as Outcome | null,
    reasons: text("reasons"),
    decisionLevel: text("decision_level") as DecisionLevel | null,
    publicValues: publicValuesOf(text("public_values")),
    otherValues: text("other_values"),
    escalatedTo: text("escalated_to"),
    escalationQuestion: text("escalation_question"),
    pausedUntil: text("paused_until"),
    closeReason: text("close_reason"),
    sourceAnswerId: row.source_answer_id === null ? null : Number(row.source_answer_id),
    createdAt: String(row.created_at),
    lastMovedAt: String(row.last_moved_at),
    nudgedAt: text("nudged_at"),
  };
}

/** Stored as comma-separated keys; a key this version does not know is left out rather than shown raw. */
function publicValuesOf(stored: string | null): PublicValue[] {
  const keys = (stored ?? "").split(",");
  return PUBLIC_VALUES.filter((value) => keys.includes(value));
}
