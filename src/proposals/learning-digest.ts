import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import type { Language } from "../chat/vocabulary.ts";
import { clip } from "../cases/case-message.ts";
import { getCase } from "../cases/case-store.ts";
import { localDateKey } from "../time/local-time.ts";
import { findAddressee } from "./addressees.ts";
import { daysWaiting } from "./days-waiting.ts";
import { escalationsOfCase, escalationsSince, type EscalationRecord } from "./escalation-store.ts";
import { learningTexts } from "./learning-texts.ts";
import { tallyLookbacks } from "./lookback-store.ts";
import { lookbackTexts } from "./lookback-texts.ts";
import { isProposalOpen } from "./proposal-model.ts";
import { proposalsSince } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

export interface Period {
  start: Date;
  end: Date;
}

/**
 * "Wat is ermee gebeurd?": proposals and escalations opened, decided or answered, and waiting (with
 * their age), and what the look-backs said, for one team (its own and linked cases) or, without a
 * team, for the whole organisation. Empty when nothing happened beyond the team.
 */
export function learningLines(core: Core, period: Period, language: Language, team?: string): string[] {
  const t = learningTexts[language];
  const p = proposalTexts[language];
  const within = (at: string | null) => at !== null && at >= period.start.toISOString() && at < period.end.toISOString();
  const to = (key: string) => findAddressee(core, key)?.name ?? key;
  const lines: string[] = [];

  const proposals = proposalsSince(core.db, period.start.toISOString(), team);
  const decided = proposals.filter((proposal) => proposal.status !== "withdrawn" && within(proposal.answeredAt));
  const waitingProposals = proposals.filter((proposal) => isProposalOpen(proposal.status));
  const openedProposals = proposals.filter((proposal) => within(proposal.createdAt)).length;
  if (proposals.length > 0) lines.push(t.proposalCounts(openedProposals, decided.length, waitingProposals.length));
  for (const proposal of decided) {
    lines.push(`- ${t.decidedProposal(proposal.reference, proposal.rule, to(proposal.addressee), p.status[proposal.status], clip(proposal.reasons ?? "", 200))}`);
  }
  for (const proposal of waitingProposals) {
    lines.push(`- ${t.waitingProposal(proposal.reference, proposal.rule, to(proposal.addressee), daysWaiting(proposal.createdAt, period.end, core.config.timezone))}${overdue(core, proposal.reviewOn, period.end, language)}`);
  }

  const escalations = escalationsSince(core.db, period.start.toISOString(), team);
  const settled = escalations.filter((escalation) => escalation.status === "answered" && within(escalation.answeredAt));
  const waiting = escalations.filter((escalation) => escalation.status === "waiting");
  const openedEscalations = escalations.filter((escalation) => within(escalation.createdAt)).length;
  if (escalations.length > 0) lines.push(t.escalationCounts(openedEscalations, settled.length, waiting.length));
  for (const escalation of settled) {
    const record = getCase(core.db, escalation.caseId);
    if (record) lines.push(`- ${t.settledEscalation(record.reference, record.title, escalation.addresseeName, clip(escalation.answer ?? "", 200))}`);
  }
  // The organisation digest lists what waits in its own first block (organisation-digest.ts).
  if (team) for (const escalation of waiting) lines.push(`- ${waitingEscalationLine(core, escalation, period.end, language)}`);

  const tally = tallyLookbacks(core.db, period, team);
  if (tally.answered > 0) lines.push(lookbackTexts[language].tally(tally));
  return lines;
}

/** A waiting escalation with its case, addressee, age and the day an answer was asked for. */
export function waitingEscalationLine(core: Core, escalation: EscalationRecord, end: Date, language: Language): string {
  const t = learningTexts[language];
  const record = getCase(core.db, escalation.caseId);
  const what = record ? `*${record.reference}* ${record.title}` : t.otherCase;
  const team = record ? (findTeam(core, record.team)?.name ?? record.team) : "";
  return t.escalationLine(what, team, escalation.addresseeName, daysWaiting(escalation.createdAt, end, core.config.timezone), escalation.dueOn) + overdue(core, escalation.dueOn, end, language);
}

/** For an escalated case in the organisation digest: by when a response was asked, and what the team does meanwhile. */
export function escalationTerms(core: Core, caseId: number, language: Language): string {
  const escalation = escalationsOfCase(core.db, caseId).find((item) => item.status === "waiting");
  return escalation ? learningTexts[language].terms(escalation.dueOn, escalation.interimMeasure) : "";
}

function overdue(core: Core, dueOn: string, end: Date, language: Language): string {
  return dueOn < localDateKey(end, core.config.timezone) ? ` — ${learningTexts[language].overdue}` : "";
}
