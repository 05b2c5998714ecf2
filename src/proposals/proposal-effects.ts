import type { Core } from "../dispatch/core.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { displayName } from "../cases/case-names.ts";
import { enqueue } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform, enqueueDirect } from "../outbox/platform-effects.ts";
import { addresseeLanguage, addresseePeople, addresseeTargets, findAddressee } from "./addressees.ts";
import type { ProposalRecord, ProposalStatus } from "./proposal-model.ts";
import { proposalMessage } from "./proposal-message.ts";
import { getProposal, listProposalPosts, saveProposalPost } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

// What a proposal shows to its addressee, as outbox items written with the change.

/** Posts the proposal as a message of its own in the addressee's channels (or to its people directly). */
export function enqueueProposalPosts(core: Core, proposal: ProposalRecord): void {
  const addressee = findAddressee(core, proposal.addressee);
  if (!addressee) return;
  const targets = addresseeTargets(core, addressee);
  for (const target of targets) {
    const args = { proposalId: proposal.id, platform: target.platform.platform, conversationId: target.channel };
    enqueue(core.db, { lane: `${target.platform.platform}:${target.channel}`, kind: "proposal.post", args }, core.clock.now());
  }
  if (targets.length > 0) return;
  const message = proposalMessage(core, proposal, addresseeLanguage(core, addressee));
  for (const person of addresseePeople(core, addressee)) enqueueDirect(core, person, message);
}

/**
 * Shows a change on the addressee's side: the message is brought up to date (its status, how many
 * cases and teams it carries) and a line goes in its thread. Without a channel, the people get the line.
 */
export function enqueueProposalChange(core: Core, proposal: ProposalRecord, line: { actor: string | null; from?: ProposalStatus; to?: ProposalStatus; text?: string }): void {
  const addressee = findAddressee(core, proposal.addressee);
  if (!addressee) return;
  const targets = addresseeTargets(core, addressee);
  for (const target of targets) {
    const args = { proposalId: proposal.id, platform: target.platform.platform, conversationId: target.channel, ...line };
    enqueue(core.db, { lane: `${target.platform.platform}:${target.channel}`, kind: "proposal.show", args }, core.clock.now());
  }
  if (targets.length > 0 || !line.text) return;
  for (const person of addresseePeople(core, addressee)) enqueueDirect(core, person, textMessage(line.text));
}

export function proposalTasks(core: Core): Record<string, OutboxTask> {
  const languageOf = (proposal: ProposalRecord) => addresseeLanguage(core, findAddressee(core, proposal.addressee));
  const postOf = (proposalId: number, platform: Platform, conversationId: string) =>
    listProposalPosts(core.db, proposalId).find((ref) => ref.platform === platform && ref.conversationId === conversationId);
  return {
    "proposal.post": async (args, delivery) => {
      const proposal = getProposal(core.db, Number(args.proposalId));
      const platform = args.platform as Platform;
      const conversationId = String(args.conversationId);
      if (!proposal || postOf(proposal.id, platform, conversationId)) return;
      const ref = await connectedPlatform(core, platform).post(conversationId, proposalMessage(core, proposal, languageOf(proposal)), undefined, delivery("proposal"));
      saveProposalPost(core.db, proposal.id, ref);
    },
    "proposal.show": async (args, delivery) => {
      const proposal = getProposal(core.db, Number(args.proposalId));
      const ref = proposal && postOf(proposal.id, args.platform as Platform, String(args.conversationId));
      if (!proposal || !ref) return;
      const language = languageOf(proposal);
      const t = proposalTexts[language];
      const platform = connectedPlatform(core, ref.platform);
      await platform.update(ref, proposalMessage(core, proposal, language));
      const from = args.from as ProposalStatus | undefined;
      const to = (args.to as ProposalStatus | undefined) ?? proposal.status;
      const actor = args.actor ? await displayName(core, String(args.actor)) : "bedoeling-bot";
      const moved = from ? t.moved(actor, t.status[from], t.status[to]) : undefined;
      const text = [moved, args.text as string | undefined].filter(Boolean).join("\n");
      if (text) await platform.post(ref.conversationId, textMessage(text), ref.messageId, delivery("line"));
    },
  };
}
