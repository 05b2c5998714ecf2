import type { Core } from "../dispatch/core.ts";
import { teamTargets } from "../team/team-targets.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { buildDigest } from "./build-digest.ts";
import { recordDigest } from "./digest-effects.ts";
import { previousPeriodEnd } from "./digest-store.ts";

const WEEK_MS = 7 * 86_400_000;

/**
 * A digest covers what changed since the previous one (at most four weeks back, so a long pause does
 * not produce a quarter in one message), or the past week for the first.
 */
function periodStart(core: Core, team: string, end: Date): Date {
  const previous = previousPeriodEnd(core.db, team, end);
  const earliest = end.getTime() - 4 * WEEK_MS;
  return new Date(previous ? Math.max(Date.parse(previous), earliest) : end.getTime() - WEEK_MS);
}

/** Posts the digest of the week that ends now; scheduled digests go through the ledger, once per slot. */
export async function postDigest(core: Core, team: TeamConfig, slot?: Slot): Promise<JobOutcome> {
  const end = slot?.at ?? core.clock.now();
  if (slot && core.config.schedule.skipPublicHolidays && isPublicHoliday(end, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  const period = { start: periodStart(core, team.key, end), end };
  const message = await buildDigest(core, team, period);
  const targets = teamTargets(core, team).map((target) => ({ platform: target.platform.platform, channel: target.channel }));
  recordDigest(core, team.key, slot?.key ?? null, period, message, targets);
  await core.outbox.whenIdle();
  return { status: "done" };
}
