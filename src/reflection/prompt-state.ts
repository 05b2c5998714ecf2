import type { Core } from "../dispatch/core.ts";
import { findTeam } from "../team/find-team.ts";
import { countAnswers, publishedScores } from "./answer-store.ts";
import { findPrompt } from "./prompt-library.ts";
import { findPurpose } from "../team/purpose-store.ts";
import type { PromptState } from "./prompt-message.ts";
import type { PromptRun } from "./prompt-run-store.ts";

/** What a prompt's post shows now: its answer count, the published pulse average, open or closed. */
export function stateOf(core: Core, run: PromptRun): PromptState {
  const prompt = findPrompt(core.library, run.promptId);
  if (!prompt) throw Object.assign(new Error(`prompt ${run.promptId} is no longer in the library`), { code: "prompt_missing" });
  return {
    run,
    prompt,
    answerCount: countAnswers(core.db, run.id),
    scores: publishedScores(core.db, run.id),
    isClosed: isRunClosed(core, run),
    change: findTeam(core, run.team)?.reflection?.change,
    careContact: core.config.care?.vertrouwenspersoon,
    purpose: findPurpose(core.db, run.team)?.text,
  };
}

export function isRunClosed(core: Core, run: PromptRun): boolean {
  return new Date(run.closesAt) <= core.clock.now();
}
