import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { mayMoveCases } from "../cases/permissions.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import type { CaseRecord, RuleLevel } from "../cases/case-model.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { getCase } from "../cases/case-store.ts";
import { normaliseRule } from "../cases/rule-key.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { inTransaction } from "../storage/database.ts";
import { addDays, localDateKey } from "../time/local-time.ts";
import { addresseeChoices, findAddressee } from "./addressees.ts";
import { enqueueFollowUp } from "./follow-up.ts";
import { enqueueProposalPosts } from "./proposal-effects.ts";
import { proposalForm, type ThreadSize } from "./proposal-form.ts";
import { isProposalOpen, type ProposalRecord } from "./proposal-model.ts";
import { carriedBy } from "./proposal-message.ts";
import { casesOfThreadOutsideProposals, insertProposal, linkCase, listLinkedCases, proposalsOfCase } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

/** A proposal asks for a decision within about a month unless the lead chooses another day. */
const DEFAULT_REVIEW_DAYS = 28;

type Checked = { record: CaseRecord; language: Language } | { reply: Reply };

/** "Voorstel maken" on a decided case (or `/casus voorstel G-…`): the form, prefilled from the case. */
export function openProposalForm(core: Core, user: UserRef, caseId: number): Reply {
  const checked = checkCase(core, user, caseId);
  if ("reply" in checked) return checked.reply;
  const { record, language } = checked;
  const reviewOn = localDateKey(addDays(core.clock.now(), DEFAULT_REVIEW_DAYS), core.config.timezone);
  return { kind: "open-form", form: proposalForm(record, addresseeChoices(core), threadSize(core, record), reviewOn, language) };
}

export async function submitProposal(core: Core, user: UserRef, context: string, raw: Record<string, string>): Promise<Reply> {
  const checked = checkCase(core, user, numberIn(context, "case") ?? -1);
  if ("reply" in checked) return checked.reply;
  const { record, language } = checked;
  const t = proposalTexts[language];
  const form = proposalForm(record, addresseeChoices(core), threadSize(core, record), "", language);
  const check = validateForm(form.fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const v = check.values;
  if (v.reviewOn! <= localDateKey(core.clock.now(), core.config.timezone)) return { kind: "form-errors", errors: { reviewOn: t.reviewInPast } };
  const addressee = findAddressee(core, v.addressee)!;
  const actor = formatUser(user);
  const ruleKey = normaliseRule(record.rule);
  const sent = inTransaction(core.db, () => {
    const proposal = insertProposal(
      core.db,
      {
        originTeam: record.team,
        addressee: addressee.key,
        rule: v.rule!,
        ruleLevel: v.ruleLevel as RuleLevel,
        ruleKey,
        proposedText: v.proposedText!,
        bedoeling: v.bedoeling!,
        unwantedEffect: v.unwantedEffect ?? "",
        reviewOn: v.reviewOn!,
        createdBy: actor,
      },
      core.clock.now(),
    );
    const caseIds = v.scope === "thread" ? casesOfThreadOutsideProposals(core.db, ruleKey).map((item) => item.id) : [record.id];
    for (const caseId of caseIds) linkCase(core.db, proposal.id, caseId, actor, core.clock.now());
    enqueueProposalPosts(core, proposal);
    announceToCases(core, proposal, addressee.name, caseIds);
    return { proposal, cases: caseIds.length };
  });
  core.outbox.kick();
  core.logger.info({ proposal: sent.proposal.reference, cases: sent.cases }, "proposal sent");
  return { kind: "notice", message: textMessage(t.created(sent.proposal.reference, addressee.name, sent.cases)) };
}

/** Each linked case's thread and submitter hear that it went beyond the team, and with how many others. */
function announceToCases(core: Core, proposal: ProposalRecord, addresseeName: string, caseIds: number[]): void {
  const carried = carriedBy(listLinkedCases(core.db, proposal.id));
  enqueueFollowUp(core, caseIds, (linked, language) => {
    const p = proposalTexts[language];
    const status = p.status[proposal.status];
    return {
      thread: `${p.caseLine(proposal.reference, addresseeName, status)} ${p.labels.carries}: ${p.carries(carried.cases, carried.teams)}.`,
      submitter: p.submitterLine(linked.reference, linked.title, proposal.reference, addresseeName, status),
    };
  });
}

function checkCase(core: Core, user: UserRef, caseId: number): Checked {
  const record = getCase(core.db, caseId);
  const team = record && findTeam(core, record.team);
  const language = languageOf(core, team);
  const t = proposalTexts[language];
  if (!record || !team) return { reply: notice(caseTexts[language].unknownCase(String(caseId))) };
  if (!mayMoveCases(core, team, user)) return { reply: notice(t.refusedCreate) };
  if (core.config.addressees.length === 0) return { reply: notice(t.noAddressees) };
  if (record.status !== "decided" && !(record.status === "closed" && record.outcome)) return { reply: notice(t.notDecided) };
  const open = proposalsOfCase(core.db, record.id).find((proposal) => isProposalOpen(proposal.status));
  if (open) return { reply: notice(t.alreadyInProposal(open.reference, t.status[open.status])) };
  return { record, language };
}

/** The rode draad of the case's rule: the cases (and teams) not yet in an open proposal. */
function threadSize(core: Core, record: CaseRecord): ThreadSize {
  const cases = casesOfThreadOutsideProposals(core.db, normaliseRule(record.rule));
  return { cases: cases.length, teams: new Set(cases.map((item) => item.team)).size };
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
