import { dutchPublicHolidays } from "./dutch-public-holidays.ts";
import { localParts } from "./local-time.ts";

const DAY_MS = 86_400_000;

// Digests count working days for every waiting case; computing each year once keeps that cheap.
// Days are kept as the time of their UTC midnight.
const byYear = new Map<number, Set<number>>();

function publicHolidaysIn(year: number): Set<number> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(dutchPublicHolidays(year));
    byYear.set(year, days);
  }
  return days;
}

/** A calendar day given as a UTC midnight (the local date's y-m-d, not an instant). */
function isWorkingCalendarDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidaysIn(day.getUTCFullYear()).has(day.getTime());
}

function localCalendarDay(date: Date, timezone: string): { day: Date; minuteOfDay: number } {
  const p = localParts(date, timezone);
  return { day: new Date(Date.UTC(p.year, p.month - 1, p.day)), minuteOfDay: p.hour * 60 + p.minute };
}

export function isPublicHoliday(date: Date, timezone: string): boolean {
  const { day } = localCalendarDay(date, timezone);
  return publicHolidaysIn(day.getUTCFullYear()).has(day.getTime());
}

export function isWorkingDay(date: Date, timezone: string): boolean {
  return isWorkingCalendarDay(localCalendarDay(date, timezone).day);
}

/**
 * Whole working days from `from` to `to` (weekends and Dutch public holidays do not count): the local
 * days after `from`'s, up to `to`'s own day when that day's time of day has come round again.
 */
export function workingDaysBetween(from: Date, to: Date, timezone: string): number {
  const start = localCalendarDay(from, timezone);
  const end = localCalendarDay(to, timezone);
  const last = end.day.getTime() - (end.minuteOfDay < start.minuteOfDay ? DAY_MS : 0);
  let count = 0;
  for (let day = start.day.getTime() + DAY_MS; day <= last; day += DAY_MS) {
    if (isWorkingCalendarDay(new Date(day))) count += 1;
  }
  return count;
}
