import type { Db } from "../storage/database.ts";
import { localDateKey } from "../time/local-time.ts";
import { countRunsPosted } from "../reflection/prompt-run-store.ts";
import { pausesBetween } from "./pause-store.ts";

/**
 * Which of these weeks the team was paused: a pause touched the week and no prompt was posted in it.
 * A week with a prompt before the pause began counts as a normal week, with its real participation.
 */
export function pausedWeeks(db: Db, team: string, weeks: readonly { start: Date; end: Date }[], timezone: string): boolean[] {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const pauses = pausesBetween(db, team, localDateKey(first.start, timezone), localDateKey(new Date(last.end.getTime() - 1), timezone));
  if (pauses.length === 0) return weeks.map(() => false);
  return weeks.map((week) => {
    const from = localDateKey(week.start, timezone);
    const to = localDateKey(new Date(week.end.getTime() - 1), timezone);
    const isTouched = pauses.some((pause) => pause.startsOn <= to && pause.endsOn >= from);
    return isTouched && countRunsPosted(db, team, week.start, week.end) === 0;
  });
}
