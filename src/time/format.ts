import type { Language } from "../chat/vocabulary.ts";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** "vr 12 dec" / "Fri 12 Dec": a day people recognise at a glance. */
export function formatDay(date: Date, timezone: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: timezone,
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(date);
}

export function formatDate(date: Date, timezone: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: timezone, day: "numeric", month: "long", year: "numeric" }).format(date);
}

export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
