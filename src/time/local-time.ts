// Wall-clock time in a team's time zone. Schedules are read in local time so that 09:00 stays 09:00
// across daylight saving changes.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Local parts per (zone, minute), kept for the minutes asked most: every job of the scheduler asks for
 * the same few minutes each tick (1 500 jobs of 500 teams), and Intl's formatToParts is slow.
 */
const recentParts = new Map<string, Readonly<LocalParts>>();
const RECENT_LIMIT = 4096;

export function localParts(date: Date, timezone: string): Readonly<LocalParts> {
  const key = `${timezone}|${Math.floor(date.getTime() / 60_000)}`;
  let parts = recentParts.get(key);
  if (!parts) {
    if (recentParts.size >= RECENT_LIMIT) recentParts.clear();
    parts = Object.freeze(formatParts(date, timezone));
    recentParts.set(key, parts);
  }
  return parts;
}

function formatParts(date: Date, timezone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** "2026-03-30T09:00": the local minute, used as the schedule slot key. */
export function localMinuteKey(date: Date, timezone: string): string {
  const p = localParts(date, timezone);
  return `${localDateKeyOf(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-03-30": the local calendar day. */
export function localDateKey(date: Date, timezone: string): string {
  return localDateKeyOf(localParts(date, timezone));
}

/** ISO week key such as "2026-W14", for once-a-week things. */
export function isoWeekKey(date: Date, timezone: string): string {
  const p = localParts(date, timezone);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

export function startOfMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function localDateKeyOf(p: LocalParts): string {
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
