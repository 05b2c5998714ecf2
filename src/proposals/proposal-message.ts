import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import type { Block, Button, Language, Message } from "../chat/vocabulary.ts";
import { clip } from "../cases/case-message.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { findAddressee } from "./addressees.ts";
import { proposalMovesFrom, isProposalOpen, type LinkedCase, type ProposalRecord } from "./proposal-model.ts";
import { listLinkedCases } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

/** How many cases and teams a proposal carries: how often the rule chafes. */
export function carriedBy(cases: LinkedCase[]): { cases: number; teams: number } {
  return { cases: cases.length, teams: new Set(cases.map((item) => item.team)).size };
}

/**
 * The proposal as the addressee sees it, a message of its own: what should change, why, how often,
 * and the linked cases as they are (the privacy guard kept residents' details out of them).
 */
export function proposalMessage(core: Core, proposal: ProposalRecord, language: Language): Message {
  const t = proposalTexts[language];
  const l = t.labels;
  const cases = listLinkedCases(core.db, proposal.id);
  const carried = carriedBy(cases);
  const teamName = (key: string) => findTeam(core, key)?.name ?? key;
  const heading = t.heading(proposal.reference, proposal.rule);
  const blocks: Block[] = [
    { type: "heading", text: heading },
    {
      type: "fields",
      fields: [
        { label: l.status, value: t.status[proposal.status] },
        { label: l.to, value: findAddressee(core, proposal.addressee)?.name ?? proposal.addressee },
        { label: l.from, value: teamName(proposal.originTeam) },
        { label: l.rule, value: `${proposal.rule} (${caseTexts[language].ruleLevel[proposal.ruleLevel]})` },
        { label: l.carries, value: t.carries(carried.cases, carried.teams) },
        { label: l.reviewOn, value: proposal.reviewOn },
      ],
    },
    { type: "text", text: `*${l.proposedText}*\n${proposal.proposedText}` },
    { type: "text", text: `*${l.bedoeling}*\n${proposal.bedoeling}` },
  ];
  if (proposal.unwantedEffect) blocks.push({ type: "text", text: `*${l.unwantedEffect}*\n${proposal.unwantedEffect}` });
  const lines = cases.map((item) => `- *${item.reference}* ${item.title} (${teamName(item.team)}): ${clip(item.situation, 200)}`);
  blocks.push({ type: "text", text: `*${l.cases}*\n${lines.join("\n")}` });
  if (proposal.amendment) blocks.push({ type: "text", text: `*${l.amendment}*\n${proposal.amendment}` });
  if (proposal.reasons) blocks.push({ type: "text", text: `*${l.reasons}*\n${proposal.reasons}` });
  const buttons: Button[] = proposalMovesFrom(proposal.status).map((move) => ({
    label: t.move[move],
    action: `proposal.${move}`,
    value: String(proposal.id),
    style: move === "accept" ? ("primary" as const) : undefined,
  }));
  if (isProposalOpen(proposal.status)) buttons.push({ label: t.join, action: "proposal.join", value: String(proposal.id) });
  if (buttons.length > 0) blocks.push({ type: "buttons", buttons });
  return { text: `${heading} (${t.status[proposal.status]}, ${t.carries(carried.cases, carried.teams)})`, blocks };
}
