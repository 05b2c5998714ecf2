import type { Language } from "../chat/vocabulary.ts";

const WEEK_MS = 7 * 86_400_000;
const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface Week {
  start: Date;
  end: Date;
  /** "23 mrt": the day the week starts, as people read it on an axis. */
  label: string;
}

/** The `count` weeks that end at `end`, oldest first (the same weeks as weeklyParticipants counts). */
export function weeksEndingAt(end: Date, count: number, timezone: string, language: Language): Week[] {
  const key = `${timezone}|${language}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { timeZone: timezone, day: "numeric", month: "short" });
    formatters.set(key, format);
  }
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(end.getTime() - (count - index) * WEEK_MS);
    return { start, end: new Date(start.getTime() + WEEK_MS), label: format.format(start) };
  });
}
