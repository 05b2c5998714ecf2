import type { Language } from "../chat/vocabulary.ts";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

// Building an Intl formatter costs far more than using one; a digest of 500 teams formats thousands of days.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}

/** "vr 12 dec" / "Fri 12 Dec": a day people recognise at a glance. */
export function formatDay(date: Date, timezone: string, language: Language): string {
  const options = { timeZone: timezone, weekday: "short", day: "numeric", month: "short" } as const;
  return formatter(`day|${timezone}|${language}`, () => new Intl.DateTimeFormat(locales[language], options)).format(date);
}

export function formatDate(date: Date, timezone: string, language: Language): string {
  const options = { timeZone: timezone, day: "numeric", month: "long", year: "numeric" } as const;
  return formatter(`date|${timezone}|${language}`, () => new Intl.DateTimeFormat(locales[language], options)).format(date);
}

export function formatNumber(value: number, language: Language, digits = 1): string {
  const options = { maximumFractionDigits: digits, minimumFractionDigits: digits };
  return formatter(`number|${language}|${digits}`, () => new Intl.NumberFormat(locales[language], options)).format(value);
}
