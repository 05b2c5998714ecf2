import type { Core } from "../app/core.ts";
import { findTeam, languageOf, teamTargets } from "../app/core.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { inTransaction } from "../storage/database.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { addDays } from "../time/local-time.ts";
import { countAnswers, publishedScores } from "./answers.ts";
import { findPrompt } from "./prompt-library.ts";
import { promptMessage } from "./prompt-message.ts";
import { createRun, currentCycle, findRunBySlot, getRun, listPromptPosts, savePromptPost, type PromptRun } from "./prompt-runs.ts";
import { pickNextPrompt } from "./rotation.ts";

/**
 * Posts the team's next prompt to its channel on every connected platform. For a scheduled slot this
 * is idempotent: the run is created once per (team, slot) and each platform is posted to once, so a
 * retried or taken-over slot finishes what is missing and posts nothing twice.
 */
export async function postPrompt(core: Core, team: TeamConfig, slot?: Slot): Promise<JobOutcome> {
  const at = slot?.at ?? core.clock.now();
  if (slot && core.config.schedule.skipPublicHolidays && isPublicHoliday(at, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  const run = findOrCreateRun(core, team, at, slot?.key ?? null);
  if (!run) return { status: "skipped", note: "no prompts for the team's themes" };
  const posted = new Set(listPromptPosts(core.db, run.id).map((ref) => ref.platform));
  for (const target of teamTargets(core, team)) {
    if (posted.has(target.platform.platform)) continue;
    const message = promptMessage(stateOf(core, run), core.library, languageOf(core, team), core.config.timezone);
    const ref = await target.platform.post(target.channel, message);
    savePromptPost(core.db, run.id, ref);
  }
  return { status: "done", note: `prompt ${run.promptId}` };
}

function findOrCreateRun(core: Core, team: TeamConfig, at: Date, slot: string | null): PromptRun | undefined {
  const reflection = team.reflection;
  if (!reflection) return undefined;
  return inTransaction(core.db, () => {
    if (slot) {
      const existing = findRunBySlot(core.db, team.key, slot);
      if (existing) return existing;
    }
    const next = pickNextPrompt(core.library, reflection.themes, currentCycle(core.db, team.key));
    if (!next) return undefined;
    return createRun(core.db, {
      team: team.key,
      promptId: next.prompt.id,
      cycle: next.cycle,
      visibility: reflection.visibility,
      slot,
      postedAt: at.toISOString(),
      closesAt: addDays(at, reflection.openDays).toISOString(),
    });
  });
}

export function stateOf(core: Core, run: PromptRun) {
  const prompt = findPrompt(core.library, run.promptId);
  if (!prompt) throw Object.assign(new Error(`prompt ${run.promptId} is no longer in the library`), { code: "prompt_missing" });
  return {
    run,
    prompt,
    answerCount: countAnswers(core.db, run.id),
    scores: publishedScores(core.db, run.id),
    isClosed: isRunClosed(core, run),
  };
}

export function isRunClosed(core: Core, run: PromptRun): boolean {
  return new Date(run.closesAt) <= core.clock.now();
}

/** Shows the live answer count on every post of the run. */
export async function refreshPromptPosts(core: Core, runId: number): Promise<void> {
  const run = getRun(core.db, runId);
  if (!run) return;
  const team = findTeam(core, run.team);
  const message = promptMessage(stateOf(core, run), core.library, languageOf(core, team), core.config.timezone);
  for (const ref of listPromptPosts(core.db, run.id)) {
    const platform = core.platforms.get(ref.platform);
    if (platform) await platform.update(ref, message);
  }
}
