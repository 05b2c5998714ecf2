import type { Core } from "../dispatch/core.ts";
import type { Language } from "../chat/vocabulary.ts";
import { formatDay } from "../time/format.ts";
import { localDateKey } from "../time/local-time.ts";
import { pausesBetween, type Pause } from "./pause-store.ts";

/** The pauses that touch a digest's period, so the digest can say "pauze" instead of "no prompt". */
export function pausesInPeriod(core: Core, team: string, period: { start: Date; end: Date }): Pause[] {
  const tz = core.config.timezone;
  return pausesBetween(core.db, team, localDateKey(period.start, tz), localDateKey(new Date(period.end.getTime() - 1), tz));
}

/** A sparkline with its paused weeks as "·": a pause is not a week nobody answered. */
export function markPaused(line: string, paused: readonly boolean[]): string {
  return [...line].map((bar, index) => (paused[index] ? "·" : bar)).join("");
}

export function showDay(core: Core, day: string, language: Language): string {
  return formatDay(new Date(`${day}T12:00:00Z`), core.config.timezone, language);
}
