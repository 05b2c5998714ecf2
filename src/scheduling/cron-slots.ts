import { createTask, parse } from "node-cron";
import { localMinuteKey, localParts, startOfMinute } from "../time/local-time.ts";

export interface Slot {
  /** Local wall time in the schedule's time zone, e.g. "2026-03-30T09:00". */
  key: string;
  at: Date;
}

interface CompiledCron {
  matcher: ReturnType<typeof createTask>;
  minutes: Set<number>;
  hours: Set<number>;
}

// node-cron keeps every created task in a registry, so each (cron, zone) is compiled once.
const cache = new Map<string, CompiledCron>();

function compiled(cron: string, timezone: string): CompiledCron {
  const key = `${cron}|${timezone}`;
  let entry = cache.get(key);
  if (!entry) {
    const fields = parse(cron);
    entry = {
      matcher: createTask(cron, () => undefined, { timezone }),
      minutes: new Set(fields.minute),
      hours: new Set(fields.hour),
    };
    cache.set(key, entry);
  }
  return entry;
}

/**
 * Finds the minutes in (from, to] at which a cron expression fires in a time zone.
 * node-cron's own matcher decides; a cheap pre-filter on the local minute and hour keeps a day of
 * look-back to a few dozen time-zone conversions.
 */
export function slotsBetween(cron: string, timezone: string, from: Date, to: Date): Slot[] {
  const { matcher, minutes, hours } = compiled(cron, timezone);
  const slots: Slot[] = [];
  let minute = startOfMinute(new Date(from.getTime() + 60_000));
  while (minute <= to) {
    const local = localParts(minute, timezone);
    // Walk the rest of this local hour without new conversions (zone changes happen on whole hours).
    const left = Math.min(60 - local.minute, Math.floor((to.getTime() - minute.getTime()) / 60_000) + 1);
    if (hours.has(local.hour)) {
      for (let step = 0; step < left; step += 1) {
        const candidate = new Date(minute.getTime() + step * 60_000);
        if (minutes.has(local.minute + step) && matcher.match(candidate)) {
          slots.push({ key: localMinuteKey(candidate, timezone), at: candidate });
        }
      }
    }
    minute = new Date(minute.getTime() + left * 60_000);
  }
  return slots;
}
