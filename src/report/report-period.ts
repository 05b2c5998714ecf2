import type { Language } from "../chat/vocabulary.ts";
import { formatDate } from "../time/format.ts";
import { localDateKey, localParts } from "../time/local-time.ts";

export interface ReportPeriod {
  /** The first moment of the first day, local time. */
  start: Date;
  /** The first moment after the last day, local time. */
  end: Date;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a local calendar day begins in a time zone ("2026-01-01" in Amsterdam → 2025-12-31T23:00Z). */
export function startOfLocalDay(year: number, month: number, day: number, timezone: string): Date {
  const wanted = Date.UTC(year, month - 1, day);
  let guess = wanted;
  // Two corrections settle the zone's offset, also on a day the clocks change.
  for (let step = 0; step < 2; step += 1) {
    const seen = localParts(new Date(guess), timezone);
    guess += wanted - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
  }
  return new Date(guess);
}

/** The calendar quarter that ended last before `at` (a poster on 12 January covers October to December). */
export function lastFullQuarter(at: Date, timezone: string): ReportPeriod {
  const local = localParts(at, timezone);
  const firstMonth = Math.floor((local.month - 1) / 3) * 3 + 1;
  const previous = firstMonth === 1 ? { year: local.year - 1, month: 10 } : { year: local.year, month: firstMonth - 3 };
  return { start: startOfLocalDay(previous.year, previous.month, 1, timezone), end: startOfLocalDay(local.year, firstMonth, 1, timezone) };
}

export type PeriodInput = { ok: true; period: ReportPeriod } | { ok: false; problem: string };

/**
 * `--from 2026-01-01 --to 2026-03-31`: both days count, in the organisation's time zone. Without either,
 * the quarter that ended last.
 */
export function readPeriod(from: string | undefined, to: string | undefined, now: Date, timezone: string): PeriodInput {
  if (from === undefined && to === undefined) return { ok: true, period: lastFullQuarter(now, timezone) };
  const first = from === undefined ? undefined : toDay(from);
  const last = to === undefined ? undefined : toDay(to);
  if (!first || !last) return { ok: false, problem: "Geef --from en --to allebei, als datum JJJJ-MM-DD (bijvoorbeeld --from 2026-01-01 --to 2026-03-31)." };
  const start = startOfLocalDay(first.year, first.month, first.day, timezone);
  const end = startOfLocalDay(last.year, last.month, last.day + 1, timezone);
  if (end <= start) return { ok: false, problem: "--to ligt vóór --from." };
  return { ok: true, period: { start, end } };
}

/** "1 januari 2026 – 31 maart 2026" (nl-NL) or "1 January 2026 – 31 March 2026" (en-GB). */
export function describePeriod(period: ReportPeriod, timezone: string, language: Language): string {
  const lastDay = new Date(period.end.getTime() - 1);
  return `${formatDate(period.start, timezone, language)} – ${formatDate(lastDay, timezone, language)}`;
}

/** The days as the CLI takes them, to tell an operator how to make the same page. */
export function periodArguments(period: ReportPeriod, timezone: string): string {
  return `--from ${localDateKey(period.start, timezone)} --to ${localDateKey(new Date(period.end.getTime() - 1), timezone)}`;
}

function toDay(text: string): { year: number; month: number; day: number } | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
