// A proposal to change a rule, sent beyond the team (DESIGN.md §2.5, seeds-brief §7 idea 4).
import type { RuleLevel } from "../cases/case-model.ts";

export type ProposalStatus = "sent" | "in_progress" | "accepted" | "amended" | "rejected" | "withdrawn";
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = ["sent", "in_progress"];

/** What the addressee (take, accept, amend, reject) or the origin team's leads (withdraw) can do. */
export type ProposalMove = "take" | "accept" | "amend" | "reject" | "withdraw";
export const PROPOSAL_MOVES: readonly ProposalMove[] = ["take", "accept", "amend", "reject", "withdraw"];

const TARGET: Record<ProposalMove, ProposalStatus> = {
  take: "in_progress",
  accept: "accepted",
  amend: "amended",
  reject: "rejected",
  withdraw: "withdrawn",
};

export function proposalTargetOf(move: ProposalMove): ProposalStatus {
  return TARGET[move];
}

export function isProposalOpen(status: ProposalStatus): boolean {
  return OPEN_PROPOSAL_STATUSES.includes(status);
}

export function canMoveProposal(status: ProposalStatus, move: ProposalMove): boolean {
  return move === "take" ? status === "sent" : isProposalOpen(status);
}

export function proposalMovesFrom(status: ProposalStatus): ProposalMove[] {
  return PROPOSAL_MOVES.filter((move) => canMoveProposal(status, move));
}

export function isProposalMove(value: string): value is ProposalMove {
  return (PROPOSAL_MOVES as readonly string[]).includes(value);
}

export interface ProposalRecord {
  id: number;
  reference: string;
  originTeam: string;
  addressee: string;
  rule: string;
  ruleLevel: RuleLevel;
  ruleKey: string;
  proposedText: string;
  bedoeling: string;
  unwantedEffect: string;
  status: ProposalStatus;
  reasons: string | null;
  amendment: string | null;
  reviewOn: string;
  remindedOn: string | null;
  createdBy: string | null;
  createdAt: string;
  lastMovedAt: string;
  answeredAt: string | null;
}

export interface LinkedCase {
  caseId: number;
  reference: string;
  team: string;
  title: string;
  situation: string;
  isAnonymous: boolean;
  submitter: string | null;
}
