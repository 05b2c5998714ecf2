import type { Core } from "../app/core.ts";
import { teamTargets } from "../app/core.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { buildDigest } from "./build-digest.ts";

/** Posts the digest of the week that ends now; scheduled digests go through the ledger, once per slot. */
export async function postDigest(core: Core, team: TeamConfig, slot?: Slot): Promise<JobOutcome> {
  const end = slot?.at ?? core.clock.now();
  if (slot && core.config.schedule.skipPublicHolidays && isPublicHoliday(end, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  const period = { start: new Date(end.getTime() - 7 * 86_400_000), end };
  const message = await buildDigest(core, team, period);
  for (const target of teamTargets(core, team)) await target.platform.post(target.channel, message);
  core.db
    .prepare("INSERT INTO digest_runs (team, slot, period_start, period_end, posted_at) VALUES (?, ?, ?, ?, ?)")
    .run(team.key, slot?.key ?? null, period.start.toISOString(), period.end.toISOString(), core.clock.now().toISOString());
  return { status: "done" };
}
