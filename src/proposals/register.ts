import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import type { Block, Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { mayReadCase } from "../cases/case-status.ts";
import { getCase } from "../cases/case-store.ts";
import { localDateKey } from "../time/local-time.ts";
import { findAddressee, mayAnswerFor } from "./addressees.ts";
import { daysWaiting } from "./days-waiting.ts";
import { listEscalations } from "./escalation-store.ts";
import { learningTexts } from "./learning-texts.ts";
import { carriedBy } from "./proposal-message.ts";
import { listLinkedCases, listProposals } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

/**
 * `/casus register`: what lies open beyond the teams, with its age and addressee, so nothing is "in de
 * week gelegd" unseen. A case is named only to whoever may read it (or is asked to answer it).
 */
export function showRegister(core: Core, user: UserRef, language: Language): Reply {
  const t = learningTexts[language];
  const p = proposalTexts[language];
  const today = localDateKey(core.clock.now(), core.config.timezone);
  const age = (at: string) => daysWaiting(at, core.clock.now(), core.config.timezone);
  const addresseeName = (key: string | null, fallback: string) => findAddressee(core, key)?.name ?? fallback;

  const proposals = listProposals(core.db, "open").map((proposal) => {
    const carried = carriedBy(listLinkedCases(core.db, proposal.id));
    const to = addresseeName(proposal.addressee, proposal.addressee);
    const line = t.proposalLine(proposal.reference, proposal.rule, p.status[proposal.status], to, age(proposal.createdAt), p.carries(carried.cases, carried.teams), proposal.reviewOn);
    return `- ${line}${proposal.reviewOn < today ? ` — ${t.overdue}` : ""}`;
  });
  const escalations = listEscalations(core.db, "waiting").flatMap((escalation) => {
    const record = getCase(core.db, escalation.caseId);
    if (!record) return [];
    const mayName = mayReadCase(core, record, user) || (escalation.addressee !== null && mayAnswerFor(core, findAddressee(core, escalation.addressee), user));
    const what = mayName ? `*${record.reference}* ${record.title}` : t.otherCase;
    const line = t.escalationLine(what, findTeam(core, record.team)?.name ?? record.team, escalation.addresseeName, age(escalation.createdAt), escalation.dueOn);
    return [`- ${line}${escalation.dueOn < today ? ` — ${t.overdue}` : ""}`];
  });

  const blocks: Block[] = [{ type: "heading", text: t.registerHeading }];
  if (proposals.length > 0) blocks.push({ type: "text", text: `*${t.openProposals}*\n${proposals.join("\n")}` });
  if (escalations.length > 0) blocks.push({ type: "text", text: `*${t.openEscalations}*\n${escalations.join("\n")}` });
  if (proposals.length + escalations.length === 0) blocks.push({ type: "text", text: t.nothingOpen });
  const text = blocks.map((block) => ("text" in block ? block.text : "")).join("\n");
  return { kind: "notice", message: { text, blocks } };
}
