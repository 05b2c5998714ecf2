import { localDateKey } from "../time/local-time.ts";

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from one moment to another in the organisation's time zone: what people count
 * when they say something "waits seven days" (a daylight saving change does not make it six).
 */
export function daysWaiting(from: Date | string, to: Date, timezone: string): number {
  return Math.max(0, daysBetweenKeys(localDateKey(new Date(from), timezone), localDateKey(to, timezone)));
}

/** Days between two local day keys such as "2026-03-30"; negative when `to` comes first. */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);
}
