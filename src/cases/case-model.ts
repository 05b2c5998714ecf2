// The Garage de Bedoeling lifecycle (DESIGN.md §2.2, seeds-brief §4.5–4.6).

export type CaseStatus = "submitted" | "in_progress" | "in_garage" | "decided" | "escalated" | "settling" | "closed";
/** Cases in these states wait for someone: they are counted, aged and nudged. */
export const WAITING_STATUSES: readonly CaseStatus[] = ["submitted", "in_progress", "in_garage", "escalated", "settling"];

export type RuleLevel = "law" | "municipal-regulation" | "internal-guideline" | "system-protocol" | "other-department" | "other";
export const RULE_LEVELS: readonly RuleLevel[] = [
  "law",
  "municipal-regulation",
  "internal-guideline",
  "system-protocol",
  "other-department",
  "other",
];

export type Urgency = "low" | "normal" | "high" | "deadline";
export const URGENCIES: readonly Urgency[] = ["low", "normal", "high", "deadline"];

/** Every outcome of seeds-brief §4.5, in its order; "stranded" (ran into resistance) is not "not pursued". */
export type Outcome =
  | "within-rules"
  | "reasoned-deviation"
  | "team-standard"
  | "rule-change-proposed"
  | "policy-signal"
  | "decided-upward"
  | "interim-measure"
  | "rule-upheld"
  | "investigate"
  | "referred"
  | "pilot"
  | "shared-example"
  | "stranded"
  | "not-pursued";
export const OUTCOMES: readonly Outcome[] = [
  "within-rules",
  "reasoned-deviation",
  "team-standard",
  "rule-change-proposed",
  "policy-signal",
  "decided-upward",
  "interim-measure",
  "rule-upheld",
  "investigate",
  "referred",
  "pilot",
  "shared-example",
  "stranded",
  "not-pursued",
];

/** Who decides (seeds-brief §4.3 item 10, §4.7), from the team up to the legislator. */
export type DecisionLevel = "team" | "department" | "mt" | "college" | "legislator";
export const DECISION_LEVELS: readonly DecisionLevel[] = ["team", "department", "mt", "college", "legislator"];

/** The public values a decision weighs, so that it can be defended upward (seeds-brief §2.4, §6 item 18). */
export type PublicValue = "lawfulness" | "equal-treatment" | "human-scale" | "efficiency" | "reliability";
export const PUBLIC_VALUES: readonly PublicValue[] = ["lawfulness", "equal-treatment", "human-scale", "efficiency", "reliability"];

/** Whose need the case is about: the direct customer, the end customer behind them, or one person who is both (S0). */
export type CustomerRole = "customer" | "end-customer" | "both";
export const CUSTOMER_ROLES: readonly CustomerRole[] = ["customer", "end-customer", "both"];

/** The moves a lead can make, each named after what it does. */
export type Move = "take" | "garage" | "decide" | "escalate" | "pause" | "resume" | "close";
export const MOVES: readonly Move[] = ["take", "garage", "decide", "escalate", "pause", "resume", "close"];

const TARGET: Record<Move, CaseStatus> = {
  take: "in_progress",
  garage: "in_garage",
  decide: "decided",
  escalate: "escalated",
  pause: "settling",
  resume: "in_progress",
  close: "closed",
};

const ALLOWED_FROM: Record<Move, readonly CaseStatus[]> = {
  take: ["submitted", "in_garage", "escalated", "settling"],
  garage: ["submitted", "in_progress", "settling"],
  decide: ["in_progress", "in_garage", "escalated", "settling"],
  escalate: ["in_progress", "in_garage", "settling"],
  pause: ["in_progress", "in_garage", "escalated"],
  resume: ["settling", "escalated", "decided"],
  close: ["submitted", "in_progress", "in_garage", "decided", "escalated", "settling"],
};

export function targetOf(move: Move): CaseStatus {
  return TARGET[move];
}

export function canMove(from: CaseStatus, move: Move): boolean {
  return ALLOWED_FROM[move].includes(from);
}

export function movesFrom(status: CaseStatus): Move[] {
  return MOVES.filter((move) => canMove(status, move));
}

/** Moves that need a form (reasons, a date, to whom) before they can be made. */
export function needsForm(move: Move): boolean {
  return move === "decide" || move === "escalate" || move === "pause" || move === "close";
}

export function isOpen(status: CaseStatus): boolean {
  return status !== "closed" && status !== "decided";
}

export interface CaseRecord {
  id: number;
  reference: string;
  team: string;
  status: CaseStatus;
  title: string;
  situation: string;
  citizenNeed: string;
  customerRole: CustomerRole | null;
  rule: string;
  ruleLevel: RuleLevel;
  unwantedEffect: string;
  bedoeling: string;
  roomWithinRule: string;
  proposal: string;
  ifNothingIsDone: string;
  urgency: Urgency;
  isAnonymous: boolean;
  submitter: string | null;
  owner: string | null;
  platform: string;
  outcome: Outcome | null;
  reasons: string | null;
  decisionLevel: DecisionLevel | null;
  publicValues: PublicValue[];
  otherValues: string | null;
  escalatedTo: string | null;
  escalationQuestion: string | null;
  pausedUntil: string | null;
  closeReason: string | null;
  sourceAnswerId: number | null;
  createdAt: string;
  lastMovedAt: string;
  nudgedAt: string | null;
}

export interface CaseEvent {
  id: number;
  caseId: number;
  at: string;
  actor: string | null;
  kind: "move" | "refused";
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
}
