import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import { mayMoveCases } from "../cases/permissions.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { numberIn, stringIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { inTransaction } from "../storage/database.ts";
import { addresseeLanguage, findAddressee, mayAnswerFor } from "./addressees.ts";
import { enqueueFollowUp } from "./follow-up.ts";
import { enqueueProposalChange } from "./proposal-effects.ts";
import { proposalAnswerForm } from "./proposal-form.ts";
import { canMoveProposal, isProposalMove, proposalTargetOf, type ProposalMove, type ProposalRecord } from "./proposal-model.ts";
import { addProposalEvent, getProposal, listLinkedCases, moveProposal, type ProposalChange } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

type Checked = { proposal: ProposalRecord; language: Language } | { reply: Reply };

/** A button on the proposal: "in behandeling" moves at once; a decision or withdrawal asks for reasons. */
export function startProposalMove(core: Core, user: UserRef, move: ProposalMove, proposalId: number): Reply | Promise<Reply> {
  const checked = checkMove(core, user, move, proposalId);
  if ("reply" in checked) return checked.reply;
  if (move === "take") return applyMove(core, user, checked.proposal, move, { status: proposalTargetOf(move), isAnswer: false }, checked.language);
  return { kind: "open-form", form: proposalAnswerForm(move, checked.proposal, checked.language) };
}

export function submitProposalMove(core: Core, user: UserRef, context: string, raw: Record<string, string>): Reply | Promise<Reply> {
  const named = stringIn(context, "move") ?? "";
  const move = isProposalMove(named) && named !== "take" ? named : undefined;
  const checked = move ? checkMove(core, user, move, numberIn(context, "proposal") ?? -1) : undefined;
  if (!move || !checked) return notice(proposalTexts[core.config.language].unknownProposal);
  if ("reply" in checked) return checked.reply;
  const check = validateForm(proposalAnswerForm(move, checked.proposal, checked.language).fields, raw, checked.language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const change: ProposalChange = {
    status: proposalTargetOf(move),
    reasons: check.values.reasons,
    amendment: check.values.amendment || undefined,
    isAnswer: move !== "withdraw",
  };
  return applyMove(core, user, checked.proposal, move, change, checked.language);
}

/**
 * The addressee's people (and operators) take up and decide a proposal; the leads of the team that
 * made it (and operators) may withdraw it. A refusal is kept in the proposal's history.
 */
function checkMove(core: Core, user: UserRef, move: ProposalMove, proposalId: number): Checked {
  const proposal = getProposal(core.db, proposalId);
  const addressee = findAddressee(core, proposal?.addressee);
  const language = addresseeLanguage(core, addressee);
  const t = proposalTexts[language];
  if (!proposal) return { reply: notice(t.unknownProposal) };
  const origin = findTeam(core, proposal.originTeam);
  const isAllowed = move === "withdraw" ? origin !== undefined && mayMoveCases(core, origin, user) : mayAnswerFor(core, addressee, user);
  if (!isAllowed) {
    const at = core.clock.now().toISOString();
    addProposalEvent(core.db, { proposalId: proposal.id, at, actor: formatUser(user), kind: "refused", fromStatus: null, toStatus: null, note: `${move} refused` });
    core.logger.info({ proposal: proposal.reference, move }, "proposal move refused");
    return { reply: notice(move === "withdraw" ? t.refusedWithdraw : t.refusedAnswer(addressee?.name ?? proposal.addressee)) };
  }
  if (!canMoveProposal(proposal.status, move)) return { reply: notice(t.notOpen(t.status[proposal.status])) };
  return { proposal, language };
}

function applyMove(core: Core, user: UserRef, proposal: ProposalRecord, move: ProposalMove, change: ProposalChange, language: Language): Reply {
  const t = proposalTexts[language];
  const actor = formatUser(user);
  const addresseeName = findAddressee(core, proposal.addressee)?.name ?? proposal.addressee;
  const moved = inTransaction(core.db, () => {
    const changed = moveProposal(core.db, proposal.id, proposal.status, change, actor, core.clock.now());
    if (!changed) return undefined;
    const reasons = reasonLines(changed, language);
    enqueueProposalChange(core, changed, { actor, from: proposal.status, to: changed.status, text: reasons || undefined });
    const caseIds = listLinkedCases(core.db, changed.id).map((linked) => linked.caseId);
    enqueueFollowUp(core, caseIds, (record, caseLanguage) => {
      const p = proposalTexts[caseLanguage];
      const status = p.status[changed.status];
      const details = reasonLines(changed, caseLanguage);
      const withDetails = (line: string) => (details ? `${line}\n${details}` : line);
      return {
        thread: withDetails(p.caseLine(changed.reference, addresseeName, status)),
        submitter: withDetails(p.submitterLine(record.reference, record.title, changed.reference, addresseeName, status)),
      };
    });
    return changed;
  });
  core.outbox.kick();
  if (!moved) {
    const current = getProposal(core.db, proposal.id);
    return notice(t.alreadyMoved(t.status[current?.status ?? proposal.status]));
  }
  core.logger.info({ proposal: moved.reference, move, to: moved.status }, "proposal moved");
  return notice(t.movedNotice(moved.reference, t.status[moved.status]));
}

/** What was changed and why, as the addressee recorded it. */
export function reasonLines(proposal: ProposalRecord, language: Language): string {
  const l = proposalTexts[language].labels;
  const lines: string[] = [];
  if (proposal.amendment) lines.push(`*${l.amendment}*: ${proposal.amendment}`);
  if (proposal.reasons) lines.push(`*${l.reasons}*: ${proposal.reasons}`);
  return lines.join("\n");
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
