import type { Core } from "../dispatch/core.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { inTransaction } from "../storage/database.ts";
import { isWorkingDay } from "../time/holidays.ts";
import { quarterOf, today } from "./local-days.ts";
import { pauseOn } from "./pause-store.ts";
import { claimQuarter, findPurpose } from "./purpose-store.ts";
import { enqueuePurposeCheck } from "./team-effects.ts";

/**
 * On working days of a quarter's first month (see PURPOSE_CHECK_SCHEDULE): asks the team once per
 * quarter whether its bedoeling still holds. The quarter is claimed in the transaction that writes the
 * posts, so a retried slot, a second process or the next day asks nothing again; a holiday or a pause
 * moves the question to the next working day.
 */
export async function askPurposeCheck(core: Core, team: TeamConfig, slot: Slot): Promise<JobOutcome> {
  const tz = core.config.timezone;
  if (!isWorkingDay(slot.at, tz)) return { status: "skipped", note: "not a working day" };
  if (pauseOn(core.db, team.key, today(slot.at, tz))) return { status: "skipped", note: "paused" };
  if (!findPurpose(core.db, team.key)) return { status: "done", note: "no bedoeling set" };
  const quarter = quarterOf(slot.at, tz);
  const isAsked = inTransaction(core.db, () => {
    if (!claimQuarter(core.db, team.key, quarter)) return false;
    enqueuePurposeCheck(core, team, quarter);
    return true;
  });
  await core.outbox.whenIdle();
  return { status: "done", note: isAsked ? `asked for ${quarter}` : `${quarter} asked before` };
}

/** 10:00 on weekdays in January, April, July and October, in the configured time zone. */
export const PURPOSE_CHECK_SCHEDULE = "0 10 * 1,4,7,10 1-5";
