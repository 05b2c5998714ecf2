import { localDateKey, localParts } from "../time/local-time.ts";

const DAY_MS = 86_400_000;

/** The local day `days` after (or before) a local day, both as "2027-07-13". */
export function dayPlus(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function today(now: Date, timezone: string): string {
  return localDateKey(now, timezone);
}

/** "2026-Q2": the calendar quarter of the local day. */
export function quarterOf(now: Date, timezone: string): string {
  const { year, month } = localParts(now, timezone);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * A day as people type it: "2027-07-13", or the Dutch "13-07-2027" / "13-7-2027". Undefined when it is
 * not a real calendar day.
 */
export function readDay(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year || !month || !day) return undefined;
  const key = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${key}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(key) ? key : undefined;
}
