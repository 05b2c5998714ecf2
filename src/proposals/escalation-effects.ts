import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import type { Message, Platform } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { displayName } from "../cases/case-names.ts";
import { getCase } from "../cases/case-store.ts";
import { enqueue } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform, enqueueDirect } from "../outbox/platform-effects.ts";
import { addresseeLanguage, addresseePeople, addresseeTargets, findAddressee } from "./addressees.ts";
import { escalationMessage } from "./escalation-message.ts";
import { getEscalation, listEscalationPosts, saveEscalationPost, type EscalationRecord } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";

// What an escalation shows to a configured addressee, as outbox items written with the change. An
// addressee named in free text is outside the bot: the team's thread carries it.

/** The escalation as a message of its own in the addressee's channels, or to its people directly. */
export function enqueueEscalationPosts(core: Core, escalation: EscalationRecord): void {
  const addressee = findAddressee(core, escalation.addressee);
  if (!addressee) return;
  const targets = addresseeTargets(core, addressee);
  for (const target of targets) {
    const args = { escalationId: escalation.id, platform: target.platform.platform, conversationId: target.channel };
    enqueue(core.db, { lane: `${target.platform.platform}:${target.channel}`, kind: "escalation.post", args }, core.clock.now());
  }
  const message = targets.length === 0 ? renderEscalation(core, escalation) : undefined;
  if (message) for (const person of addresseePeople(core, addressee)) enqueueDirect(core, person, message);
}

/** Brings the addressee's message up to date and adds a line to its thread (who answered). */
export function enqueueEscalationChange(core: Core, escalation: EscalationRecord, actor: string | null): void {
  const addressee = findAddressee(core, escalation.addressee);
  if (!addressee) return;
  for (const target of addresseeTargets(core, addressee)) {
    const args = { escalationId: escalation.id, platform: target.platform.platform, conversationId: target.channel, actor };
    enqueue(core.db, { lane: `${target.platform.platform}:${target.channel}`, kind: "escalation.show", args }, core.clock.now());
  }
}

export function renderEscalation(core: Core, escalation: EscalationRecord): Message | undefined {
  const record = getCase(core.db, escalation.caseId);
  if (!record) return undefined;
  const language = addresseeLanguage(core, findAddressee(core, escalation.addressee));
  return escalationMessage(escalation, record, findTeam(core, record.team)?.name ?? record.team, language);
}

export function escalationTasks(core: Core): Record<string, OutboxTask> {
  const postOf = (escalationId: number, platform: Platform, conversationId: string) =>
    listEscalationPosts(core.db, escalationId).find((ref) => ref.platform === platform && ref.conversationId === conversationId);
  return {
    "escalation.post": async (args, delivery) => {
      const escalation = getEscalation(core.db, Number(args.escalationId));
      const platform = args.platform as Platform;
      const conversationId = String(args.conversationId);
      const message = escalation && renderEscalation(core, escalation);
      if (!escalation || !message || postOf(escalation.id, platform, conversationId)) return;
      const ref = await connectedPlatform(core, platform).post(conversationId, message, undefined, delivery("escalation"));
      saveEscalationPost(core.db, escalation.id, ref);
    },
    "escalation.show": async (args, delivery) => {
      const escalation = getEscalation(core.db, Number(args.escalationId));
      const ref = escalation && postOf(escalation.id, args.platform as Platform, String(args.conversationId));
      const message = escalation && renderEscalation(core, escalation);
      if (!escalation || !ref || !message) return;
      const platform = connectedPlatform(core, ref.platform);
      await platform.update(ref, message);
      if (!args.actor) return;
      const language = addresseeLanguage(core, findAddressee(core, escalation.addressee));
      const line = escalationTexts[language].answeredBy(await displayName(core, String(args.actor)));
      await platform.post(ref.conversationId, textMessage(line), ref.messageId, delivery("line"));
    },
  };
}
