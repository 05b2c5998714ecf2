import type { Core } from "../dispatch/core.ts";
import type { Interaction, Reply } from "../chat/vocabulary.ts";
import { openEscalationAnswer, submitEscalationAnswer } from "./answer-escalation.ts";
import { openJoinForm, submitJoin } from "./join-proposal.ts";
import { openLookbackForm, submitLookback } from "./lookbacks.ts";
import { startProposalMove, submitProposalMove } from "./move-proposal.ts";
import { PROPOSAL_MOVES } from "./proposal-model.ts";
import { showRegister } from "./register.ts";
import { openProposalForm, submitProposal } from "./start-proposal.ts";

type ButtonInteraction = Extract<Interaction, { kind: "button" }>;
type FormInteraction = Extract<Interaction, { kind: "form-submit" }>;
type Handler<T> = (core: Core, interaction: T) => Reply | Promise<Reply>;

const idOf = (interaction: ButtonInteraction) => Number(interaction.value ?? "");

// The routes of the learning loop: proposals, escalations, look-backs and the register.

/** Buttons by action name: one row per action. */
export const learningButtons: Record<string, Handler<ButtonInteraction>> = {
  "proposal.new": (core, i) => openProposalForm(core, i.user, idOf(i)),
  "proposal.join": (core, i) => openJoinForm(core, i.user, idOf(i)),
  "escalation.answer": (core, i) => openEscalationAnswer(core, i.user, idOf(i)),
  "lookback.open": (core, i) => openLookbackForm(core, i.user, idOf(i)),
  "register.show": (core, i) => showRegister(core, i.user, core.config.language),
  // "proposal.take", "proposal.accept", …: one row per move on a proposal.
  ...Object.fromEntries(PROPOSAL_MOVES.map((move) => [`proposal.${move}`, (core: Core, i: ButtonInteraction) => startProposalMove(core, i.user, move, idOf(i))])),
};

export const learningForms: Record<string, Handler<FormInteraction>> = {
  "proposal.submit": (core, i) => submitProposal(core, i.user, i.context, i.values),
  "proposal.move": (core, i) => submitProposalMove(core, i.user, i.context, i.values),
  "proposal.add-case": (core, i) => submitJoin(core, i.user, i.context, i.values),
  "escalation.submit": (core, i) => submitEscalationAnswer(core, i.user, i.context, i.values),
  "lookback.submit": (core, i) => submitLookback(core, i.user, i.context, i.values),
};
