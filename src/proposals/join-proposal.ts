import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import { teamsLedBy } from "../cases/permissions.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { inTransaction } from "../storage/database.ts";
import { addresseeLanguage, findAddressee } from "./addressees.ts";
import { enqueueFollowUp } from "./follow-up.ts";
import { enqueueProposalChange } from "./proposal-effects.ts";
import { joinForm } from "./proposal-form.ts";
import { isProposalOpen, type ProposalRecord } from "./proposal-model.ts";
import { addProposalEvent, getProposal, joinableCases, linkCase } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

const CHOICES = 25;

type Checked = { proposal: ProposalRecord; teams: string[]; language: Language } | { reply: Reply };

/** "Dit speelt bij ons ook": a lead of any team adds one of their own cases to an open proposal. */
export function openJoinForm(core: Core, user: UserRef, proposalId: number): Reply {
  const checked = checkJoin(core, user, proposalId);
  if ("reply" in checked) return checked.reply;
  const { proposal, teams, language } = checked;
  const cases = joinableCases(core.db, proposal, teams, CHOICES);
  if (cases.length === 0) return notice(proposalTexts[language].noCasesToJoin);
  return { kind: "open-form", form: joinForm(proposal, cases, language) };
}

export function submitJoin(core: Core, user: UserRef, context: string, raw: Record<string, string>): Reply {
  const checked = checkJoin(core, user, numberIn(context, "proposal") ?? -1);
  if ("reply" in checked) return checked.reply;
  const { proposal, teams, language } = checked;
  const t = proposalTexts[language];
  // Only the lead's own teams' cases are offered, and only those are accepted (form state may be forged).
  const cases = joinableCases(core.db, proposal, teams, CHOICES);
  const check = validateForm(joinForm(proposal, cases, language).fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const record = cases.find((item) => String(item.id) === check.values.case)!;
  const team = findTeam(core, record.team);
  const actor = formatUser(user);
  const addresseeName = findAddressee(core, proposal.addressee)?.name ?? proposal.addressee;
  inTransaction(core.db, () => {
    if (!linkCase(core.db, proposal.id, record.id, actor, core.clock.now())) return;
    addProposalEvent(core.db, { proposalId: proposal.id, at: core.clock.now().toISOString(), actor, kind: "joined", fromStatus: null, toStatus: null, note: record.reference });
    const current = getProposal(core.db, proposal.id)!;
    enqueueProposalChange(core, current, { actor, text: t.joinedLine(team?.name ?? record.team) });
    enqueueFollowUp(core, [record.id], (linked, caseLanguage) => {
      const p = proposalTexts[caseLanguage];
      const status = p.status[current.status];
      return {
        thread: p.caseLine(current.reference, addresseeName, status),
        submitter: p.submitterLine(linked.reference, linked.title, current.reference, addresseeName, status),
      };
    });
  });
  core.outbox.kick();
  core.logger.info({ proposal: proposal.reference, case: record.reference }, "case added to proposal");
  return notice(t.joined(record.reference, proposal.reference));
}

function checkJoin(core: Core, user: UserRef, proposalId: number): Checked {
  const proposal = getProposal(core.db, proposalId);
  const language = addresseeLanguage(core, findAddressee(core, proposal?.addressee));
  const t = proposalTexts[language];
  if (!proposal) return { reply: notice(t.unknownProposal) };
  const teams = teamsLedBy(core, user).map((team) => team.key);
  if (teams.length === 0) return { reply: notice(t.refusedJoin) };
  if (!isProposalOpen(proposal.status)) return { reply: notice(t.notOpen(t.status[proposal.status])) };
  return { proposal, teams, language };
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
