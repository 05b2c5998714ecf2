import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { teamTargets } from "../team/team-targets.ts";
import type { Language } from "../chat/vocabulary.ts";
import { parseUser, textMessage } from "../chat/vocabulary.ts";
import { enqueue, isUnclaimedItemWaiting } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform } from "../outbox/platform-effects.ts";
import { getAnswer, listAnswerPosts, saveAnswerPost } from "./answer-store.ts";
import { promptMessage } from "./prompt-message.ts";
import { getRun, listPromptPosts, savePromptPost } from "./prompt-run-store.ts";
import { reflectionTexts } from "./reflection-texts.ts";
import { stateOf } from "./prompt-state.ts";

// What prompts and answers show on the platforms, as outbox items.

/** Posting a prompt run to one platform's team channel (once: a run has one post per platform). */
export function enqueuePromptPost(core: Core, runId: number, platform: string, channel: string): number {
  return enqueue(core.db, { lane: `${platform}:${channel}`, kind: "prompt.post", args: { runId, platform } }, core.clock.now());
}

/**
 * Showing a prompt's current state (count, pulse average, closed) on its posts. One waiting refresh is
 * enough however many answers arrive meanwhile: it shows the state when it is delivered.
 */
export function enqueuePromptRefresh(core: Core, runId: number): void {
  const lane = `run:${runId}`;
  const isWaiting = isUnclaimedItemWaiting(core.db, lane, "prompt.refresh");
  if (!isWaiting) enqueue(core.db, { lane, kind: "prompt.refresh", args: { runId } }, core.clock.now());
}

/** With team visibility an answer appears in the prompt's thread; an edit updates it there. */
export function enqueueAnswerInThread(core: Core, runId: number, answerId: number): void {
  enqueue(core.db, { lane: `run:${runId}`, kind: "answer.show", args: { answerId } }, core.clock.now());
}

/** The other half of "maak er een casus van": the answer in the thread says which case it became. */
export function enqueueAnswerMark(core: Core, answerId: number, reference: string): void {
  const answer = getAnswer(core.db, answerId);
  if (answer) enqueue(core.db, { lane: `run:${answer.runId}`, kind: "answer.mark-case", args: { answerId, reference } }, core.clock.now());
}

export function reflectionTasks(core: Core): Record<string, OutboxTask> {
  return {
    "prompt.post": async (args, delivery) => {
      const run = getRun(core.db, Number(args.runId));
      const team = run && findTeam(core, run.team);
      if (!run || !team || listPromptPosts(core.db, run.id).some((ref) => ref.platform === args.platform)) return;
      const target = teamTargets(core, team).find((candidate) => candidate.platform.platform === args.platform);
      if (!target) throw Object.assign(new Error(`${String(args.platform)} is not connected`), { code: "platform_not_connected" });
      const message = promptMessage(stateOf(core, run), core.library, languageOf(core, team), core.config.timezone);
      savePromptPost(core.db, run.id, await target.platform.post(target.channel, message, undefined, delivery("prompt")));
    },
    "prompt.refresh": async (args) => {
      const run = getRun(core.db, Number(args.runId));
      if (!run) return;
      const message = promptMessage(stateOf(core, run), core.library, languageOf(core, findTeam(core, run.team)), core.config.timezone);
      for (const ref of listPromptPosts(core.db, run.id)) await connectedPlatform(core, ref.platform).update(ref, message);
    },
    "answer.show": async (args, delivery) => {
      const answer = getAnswer(core.db, Number(args.answerId));
      const run = answer && getRun(core.db, answer.runId);
      const author = answer && parseUser(answer.author);
      if (!answer || !run || !author) return;
      const t = reflectionTexts[languageOfRun(core, run.team)];
      const existing = listAnswerPosts(core.db, answer.id);
      for (const post of listPromptPosts(core.db, run.id)) {
        const platform = connectedPlatform(core, post.platform);
        const name = post.platform === author.platform ? (await platform.resolveUser(author)).displayName : author.id;
        const message = textMessage(t.answerInThread(name, answer.text));
        const previous = existing.find((ref) => ref.platform === post.platform);
        if (previous) await platform.update(previous, message);
        else saveAnswerPost(core.db, answer.id, await platform.post(post.conversationId, message, post.messageId, delivery(post.platform)));
      }
    },
    "answer.mark-case": async (args) => {
      const answer = getAnswer(core.db, Number(args.answerId));
      const run = answer && getRun(core.db, answer.runId);
      const author = answer && parseUser(answer.author);
      if (!answer || !run || !author) return;
      const t = reflectionTexts[languageOfRun(core, run.team)];
      for (const ref of listAnswerPosts(core.db, answer.id)) {
        const platform = connectedPlatform(core, ref.platform);
        const message = textMessage(t.answerInThread((await platform.resolveUser(author)).displayName, answer.text));
        message.blocks.push({ type: "context", text: t.becameCase(String(args.reference)) });
        await platform.update(ref, message);
      }
    },
  };
}

function languageOfRun(core: Core, team: string): Language {
  return languageOf(core, findTeam(core, team));
}
