import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Button, Language, Message } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import type { AddresseeConfig } from "../config/config-schema.ts";
import { listCasePosts } from "../cases/case-post-store.ts";
import { getCase } from "../cases/case-store.ts";
import { enqueueDirect, enqueuePost } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { addDays, localDateKey } from "../time/local-time.ts";
import { addresseeLanguage, addresseePeople, addresseeTargets, findAddressee } from "./addressees.ts";
import { daysBetweenKeys, daysWaiting } from "./days-waiting.ts";
import { answerButton } from "./escalation-message.ts";
import { listEscalations, markEscalationReminded, type EscalationRecord } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";
import { proposalMovesFrom, type ProposalRecord } from "./proposal-model.ts";
import { listProposals, markProposalReminded } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

/**
 * "In de week gelegd": whoever was asked gets a reminder on the day the answer was asked for, then once
 * a week while it waits, never more often. The scheduler's ledger runs each day's slot once; the stored
 * day of the last reminder keeps a second run (or a second process) from reminding again.
 */
export async function remindWaiting(core: Core): Promise<{ escalations: number; proposals: number }> {
  const now = core.clock.now();
  const today = localDateKey(now, core.config.timezone);
  const weekAgo = localDateKey(addDays(now, -7), core.config.timezone);
  let escalations = 0;
  let proposals = 0;
  for (const escalation of listEscalations(core.db, "waiting").filter((item) => item.dueOn <= today)) {
    const isReminded = inTransaction(core.db, () => markEscalationReminded(core.db, escalation.id, today, weekAgo, now) && remindEscalation(core, escalation));
    if (isReminded) escalations += 1;
  }
  for (const proposal of listProposals(core.db, "open").filter((item) => item.reviewOn <= today)) {
    const isReminded = inTransaction(core.db, () => markProposalReminded(core.db, proposal.id, today, weekAgo, now) && remindProposal(core, proposal));
    if (isReminded) proposals += 1;
  }
  await core.outbox.whenIdle();
  return { escalations, proposals };
}

function remindEscalation(core: Core, escalation: EscalationRecord): boolean {
  const record = getCase(core.db, escalation.caseId);
  if (!record) return true;
  const days = daysSince(core, escalation.createdAt);
  const addressee = findAddressee(core, escalation.addressee);
  if (!addressee) {
    // Named in free text: the team's leads follow it up in the case's thread.
    const t = escalationTexts[languageOf(core, findTeam(core, record.team))];
    const text = t.teamReminder(escalation.addresseeName, days, escalation.dueOn, record.reference);
    for (const ref of listCasePosts(core.db, record.id)) enqueuePost(core, ref.platform, ref.conversationId, textMessage(text), ref.messageId);
    return true;
  }
  const language = addresseeLanguage(core, addressee);
  const t = escalationTexts[language];
  const team = findTeam(core, record.team)?.name ?? record.team;
  const text = withWeeks(core, t.reminder(record.reference, record.title, team, days, escalation.dueOn), escalation.dueOn, language);
  sendReminder(core, addressee, text, [answerButton(escalation, language)]);
  return true;
}

function remindProposal(core: Core, proposal: ProposalRecord): boolean {
  const addressee = findAddressee(core, proposal.addressee);
  if (!addressee) return true;
  const language = addresseeLanguage(core, addressee);
  const t = proposalTexts[language];
  const text = withWeeks(core, t.reminder(proposal.reference, proposal.rule, daysSince(core, proposal.createdAt), proposal.reviewOn), proposal.reviewOn, language);
  const buttons = proposalMovesFrom(proposal.status).map((move) => ({ label: t.move[move], action: `proposal.${move}`, value: String(proposal.id) }));
  sendReminder(core, addressee, text, buttons);
  return true;
}

/** In the addressee's channels, with the buttons to answer at once; without a channel, to its people directly. */
function sendReminder(core: Core, addressee: AddresseeConfig, text: string, buttons: Button[]): void {
  const message: Message = { text, blocks: [{ type: "text", text }, { type: "buttons", buttons }] };
  const targets = addresseeTargets(core, addressee);
  for (const target of targets) enqueuePost(core, target.platform.platform, target.channel, message);
  if (targets.length === 0) for (const person of addresseePeople(core, addressee)) enqueueDirect(core, person, message);
}

function withWeeks(core: Core, text: string, dueOn: string, language: Language): string {
  const weeks = Math.floor(daysBetweenKeys(dueOn, localDateKey(core.clock.now(), core.config.timezone)) / 7);
  return weeks >= 1 ? `${text} ${proposalTexts[language].inTheWeek(weeks)}` : text;
}

function daysSince(core: Core, at: string): number {
  return daysWaiting(at, core.clock.now(), core.config.timezone);
}
