import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { teamTargets } from "../team/team-targets.ts";
import type { Language } from "../chat/vocabulary.ts";
import { parseUser, textMessage } from "../chat/vocabulary.ts";
import { enqueue, isCaseItemQueued } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform, enqueueDirect } from "../outbox/platform-effects.ts";
import type { CaseRecord, CaseStatus } from "./case-model.ts";
import { caseMessage, outcomeLines, similarCasesMessage } from "./case-message.ts";
import { describeCaseNames, displayName } from "./case-names.ts";
import { listCasePosts, saveCasePost } from "./case-post-store.ts";
import { getCase } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";
import { findSimilarCases } from "./similar-cases.ts";

// What a case shows on the platforms, as outbox items: written with the change, delivered after it.

/** Posting the case to its team's triage channel, on the platform it came from when the team is there. */
export function enqueueRouting(core: Core, record: CaseRecord): number {
  const target = triageTarget(core, record);
  const lane = target ? `${target.platform.platform}:${target.triageChannel}` : `case:${record.id}`;
  return enqueue(core.db, { lane, kind: "case.route", args: { caseId: record.id } }, core.clock.now());
}

/** Whether routing of this case is already waiting in the outbox. */
export function isRoutingQueued(core: Core, caseId: number): boolean {
  return isCaseItemQueued(core.db, "case.route", caseId);
}

/** Edits the parent message, adds the move to the thread and tells the submitter (unless anonymous). */
export function enqueueMoveAnnouncement(core: Core, record: CaseRecord, from: CaseStatus, actor: string | null, note?: string | null): void {
  const language = languageOf(core, findTeam(core, record.team));
  for (const ref of listCasePosts(core.db, record.id)) {
    const lane = `${ref.platform}:${ref.conversationId}`;
    const args = { caseId: record.id, platform: ref.platform, from, to: record.status, actor, note: note ?? null };
    enqueue(core.db, { lane, kind: "case.show-move", args }, core.clock.now());
  }
  const submitter = record.submitter ? parseUser(record.submitter) : undefined;
  if (submitter) {
    const t = caseTexts[language];
    const details = outcomeLines(record, language);
    const update = t.submitterUpdate(record.reference, record.title, t.status[record.status]) + (details ? `\n${details}` : "");
    enqueueDirect(core, submitter, textMessage(update));
  }
}

export function caseTasks(core: Core): Record<string, OutboxTask> {
  return {
    "case.route": async (args, delivery) => {
      const record = getCase(core.db, Number(args.caseId));
      const team = record && findTeam(core, record.team);
      const target = record && triageTarget(core, record);
      if (!record || !team || !target) return;
      const language = languageOf(core, team);
      let parent = listCasePosts(core.db, record.id).find((ref) => ref.platform === target.platform.platform);
      if (!parent) {
        const names = await describeCaseNames(core, record, team);
        parent = await target.platform.post(target.triageChannel, caseMessage(record, names, language), undefined, delivery("parent"));
        saveCasePost(core.db, record.id, parent);
      }
      const similar = findSimilarCases(core.db, record, { excludeId: record.id });
      // The triage channel is the team's: other teams' cases show only how they ended.
      const precedents = similarCasesMessage(similar, core.config.timezone, language, (other) => other.team === record.team);
      if (precedents) await target.platform.post(parent.conversationId, precedents, parent.messageId, delivery("precedents"));
    },
    "case.show-move": async (args, delivery) => {
      const record = getCase(core.db, Number(args.caseId));
      const ref = record && listCasePosts(core.db, record.id).find((post) => post.platform === args.platform);
      const team = record && findTeam(core, record.team);
      if (!record || !ref || !team) return;
      const language: Language = languageOf(core, team);
      const t = caseTexts[language];
      const platform = connectedPlatform(core, ref.platform);
      await platform.update(ref, caseMessage(record, await describeCaseNames(core, record, team), language));
      const actorName = args.actor ? await displayName(core, String(args.actor)) : "bedoeling-bot";
      const moved = t.moved(actorName, t.status[args.from as CaseStatus], t.status[args.to as CaseStatus]);
      const details = args.to === record.status ? outcomeLines(record, language) : "";
      const line = [args.note as string | null, moved, details].filter(Boolean).join("\n");
      await platform.post(ref.conversationId, textMessage(line), ref.messageId, delivery("line"));
    },
  };
}

function triageTarget(core: Core, record: CaseRecord) {
  const team = findTeam(core, record.team);
  if (!team) return undefined;
  const targets = teamTargets(core, team);
  return targets.find((candidate) => candidate.platform.platform === record.platform) ?? targets[0];
}
