import { slotsBetween } from "../scheduling/cron-slots.ts";
import { isWorkingDay } from "../time/holidays.ts";
import { localDateKey } from "../time/local-time.ts";

const LOOK_AHEAD_MS = 14 * 86_400_000;
export const REMINDER_TIME = "09:00";

/**
 * 09:00 on the first working day after today, in the team's time zone: weekends and Dutch public
 * holidays are passed over, as the scheduler does, and daylight saving keeps it at 09:00.
 */
export function nextWorkingMorning(now: Date, timezone: string): Date {
  const today = localDateKey(now, timezone);
  const mornings = slotsBetween("0 9 * * *", timezone, now, new Date(now.getTime() + LOOK_AHEAD_MS));
  const next = mornings.find((slot) => localDateKey(slot.at, timezone) > today && isWorkingDay(slot.at, timezone));
  // Two weeks always hold a working day; the fallback only keeps the type honest.
  return next?.at ?? new Date(now.getTime() + 86_400_000);
}
