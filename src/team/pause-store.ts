import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

/** A period in which a team's scheduled prompts are not posted (a zomerstop); days are local and inclusive. */
export interface Pause {
  id: number;
  team: string;
  startsOn: string;
  endsOn: string;
  pausedBy: string | null;
}

/** The pause that covers this local day, if any. */
export function pauseOn(db: Db, team: string, day: string): Pause | undefined {
  const row = statement(db, "SELECT * FROM team_pauses WHERE team = ? AND starts_on <= ? AND ends_on >= ? ORDER BY id DESC LIMIT 1").get(team, day, day);
  return row ? toPause(row as Record<string, unknown>) : undefined;
}

/** The pause that is on now or still to come (at most one: a new pause replaces it). */
export function currentOrNextPause(db: Db, team: string, today: string): Pause | undefined {
  const row = statement(db, "SELECT * FROM team_pauses WHERE team = ? AND ends_on >= ? ORDER BY starts_on LIMIT 1").get(team, today);
  return row ? toPause(row as Record<string, unknown>) : undefined;
}

/** Pauses that touch the days from `first` to `last` (inclusive), oldest first. */
export function pausesBetween(db: Db, team: string, first: string, last: string): Pause[] {
  const rows = statement(db, "SELECT * FROM team_pauses WHERE team = ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on").all(team, last, first);
  return (rows as Record<string, unknown>[]).map(toPause);
}

/**
 * Ends what is on or planned from today (see `endPauses`) and records the new pause. Run it in the
 * transaction that also announces the pause.
 */
export function savePause(db: Db, pause: Omit<Pause, "id">, today: string, yesterday: string, now: Date): number {
  endPauses(db, pause.team, today, yesterday, pause.pausedBy);
  const result = statement(db, "INSERT INTO team_pauses (team, starts_on, ends_on, paused_by, created_at) VALUES (?, ?, ?, ?, ?)").run(
    pause.team,
    pause.startsOn,
    pause.endsOn,
    pause.pausedBy,
    now.toISOString(),
  );
  return Number(result.lastInsertRowid);
}

/**
 * A pause that has begun ends yesterday (its past days stay paused in the charts); one still to come
 * is dropped. Returns how many pauses were ended or dropped.
 */
export function endPauses(db: Db, team: string, today: string, yesterday: string, by: string | null): number {
  const dropped = statement(db, "DELETE FROM team_pauses WHERE team = ? AND starts_on >= ?").run(team, today).changes;
  const ended = statement(db, "UPDATE team_pauses SET ends_on = ?, stopped_by = ? WHERE team = ? AND starts_on < ? AND ends_on >= ?").run(
    yesterday,
    by,
    team,
    today,
    today,
  ).changes;
  return dropped + ended;
}

function toPause(row: Record<string, unknown>): Pause {
  return {
    id: Number(row.id),
    team: String(row.team),
    startsOn: String(row.starts_on),
    endsOn: String(row.ends_on),
    pausedBy: (row.paused_by as string | null) ?? null,
  };
}
