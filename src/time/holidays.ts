import Holidays from "date-holidays";
import { localParts } from "./local-time.ts";

// date-holidays keeps the Dutch public holidays (Easter, Ascension and Whitsun included) up to date.
// Only type "public" counts: Goede Vrijdag and Bevrijdingsdag are days off for some employers only.
const dutchHolidays = new Holidays("NL");

export function isPublicHoliday(date: Date, timezone: string): boolean {
  const p = localParts(date, timezone);
  const noon = new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
  const found = dutchHolidays.isHoliday(noon);
  return Array.isArray(found) && found.some((holiday) => holiday.type === "public");
}

export function isWorkingDay(date: Date, timezone: string): boolean {
  const p = localParts(date, timezone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date, timezone);
}

/** Whole working days from `from` to `to` (weekends and Dutch public holidays do not count). */
export function workingDaysBetween(from: Date, to: Date, timezone: string): number {
  let count = 0;
  for (let day = new Date(from.getTime() + 86_400_000); day <= to; day = new Date(day.getTime() + 86_400_000)) {
    if (isWorkingDay(day, timezone)) count += 1;
  }
  return count;
}
