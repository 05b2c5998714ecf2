import type { Core } from "../dispatch/core.ts";
import { teamTargets } from "../team/team-targets.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { inTransaction } from "../storage/database.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { addDays, localDateKey } from "../time/local-time.ts";
import { pauseOn } from "../team/pause-store.ts";
import { enqueuePromptPost } from "./answer-effects.ts";
import { createRun, currentCycle, findRunBySlot, type PromptRun } from "./prompt-run-store.ts";
import { pickNextPrompt } from "./rotation.ts";
import { ORGANISATION } from "../team/find-team.ts";

const MT_CHANNEL = ["mt"] as const;

/**
 * Posts the team's next prompt to its channel on every connected platform. For a scheduled slot this
 * is idempotent: the run and its posts (in the outbox) are written once per (team, slot), so a retried
 * or taken-over slot posts nothing twice. The job waits for the outbox to deliver what is due.
 */
export async function postPrompt(core: Core, team: TeamConfig, slot?: Slot): Promise<JobOutcome> {
  const at = slot?.at ?? core.clock.now();
  if (slot && core.config.schedule.skipPublicHolidays && isPublicHoliday(at, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  // A lead's pause (zomerstop): the slot is settled in the ledger, so nothing is posted for it afterwards.
  if (slot && pauseOn(core.db, team.key, localDateKey(at, core.config.timezone))) return { status: "skipped", note: "paused" };
  const run = findOrCreateRun(core, team, at, slot?.key ?? null);
  if (!run) return { status: "skipped", note: "no prompts for the team's themes" };
  await core.outbox.whenIdle();
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
    const options = { change: reflection.change, audiences: team.key === ORGANISATION ? MT_CHANNEL : undefined };
    const next = pickNextPrompt(core.library, reflection.themes, currentCycle(core.db, team.key), options);
    if (!next) return undefined;
    const run = createRun(core.db, {
      team: team.key,
      promptId: next.prompt.id,
      cycle: next.cycle,
      // A sensitive prompt is private whatever the team's setting; the post says so before anyone answers.
      visibility: next.prompt.visibility ?? reflection.visibility,
      slot,
      postedAt: at.toISOString(),
      closesAt: addDays(at, reflection.openDays).toISOString(),
    });
    // Written with the run: the prompt is posted once per platform, however the job is retried.
    for (const target of teamTargets(core, team)) enqueuePromptPost(core, run.id, target.platform.platform, target.channel);
    return run;
  });
}

