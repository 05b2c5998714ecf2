import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

// What the team features keep about people, for erasure, retention and the team's export.

/** Forget-user: skips and reminders go; pauses and the bedoeling stay without who set or answered them. */
export function eraseFromTeams(db: Db, key: string): number {
  const pauses = statement(db, "UPDATE team_pauses SET paused_by = nullif(paused_by, @key), stopped_by = nullif(stopped_by, @key) WHERE paused_by = @key OR stopped_by = @key")
    .run({ key }).changes;
  const purposes = statement(db, "UPDATE team_purposes SET set_by = nullif(set_by, @key), confirmed_by = nullif(confirmed_by, @key) WHERE set_by = @key OR confirmed_by = @key")
    .run({ key }).changes;
  return pauses + purposes;
}

/**
 * Retention: skips and reminders older than the cutoff go (a reminder still waiting is never that old);
 * who paused a team, or set or confirmed its bedoeling, is forgotten after the names cutoff.
 */
export function expireTeamRecords(db: Db, cutoffs: { deferralsBefore: string; namesBefore: string }): number {
  const deferrals = statement(db, "DELETE FROM prompt_deferrals WHERE created_at < @cutoff AND (choice = 'skip' OR reminded_at IS NOT NULL OR remind_at < @cutoff)")
    .run({ cutoff: cutoffs.deferralsBefore }).changes;
  const pauses = statement(db, "UPDATE team_pauses SET paused_by = NULL, stopped_by = NULL WHERE created_at < ? AND (paused_by IS NOT NULL OR stopped_by IS NOT NULL)")
    .run(cutoffs.namesBefore).changes;
  const purposes = statement(
    db,
    `UPDATE team_purposes SET set_by = CASE WHEN set_at < @cutoff THEN NULL ELSE set_by END,
         confirmed_by = CASE WHEN confirmed_at < @cutoff THEN NULL ELSE confirmed_by END
       WHERE (set_at < @cutoff AND set_by IS NOT NULL) OR (confirmed_at < @cutoff AND confirmed_by IS NOT NULL)`,
  ).run({ cutoff: cutoffs.namesBefore }).changes;
  return deferrals + pauses + purposes;
}

/** The team's export: its bedoeling, its pauses, and per prompt how often it was skipped or put off (counts). */
export function exportTeamRecords(db: Db, team: string): { purpose: Record<string, unknown> | null; pauses: Record<string, unknown>[] } {
  const purpose =
    (statement(db, "SELECT text, set_by AS setBy, set_at AS setAt, confirmed_by AS confirmedBy, confirmed_at AS confirmedAt, checked_quarter AS checkedQuarter FROM team_purposes WHERE team = ?")
      .get(team) as Record<string, unknown> | undefined) ?? null;
  const pauses = statement(db, "SELECT starts_on AS startsOn, ends_on AS endsOn, paused_by AS pausedBy, stopped_by AS stoppedBy, created_at AS createdAt FROM team_pauses WHERE team = ? ORDER BY starts_on")
    .all(team) as Record<string, unknown>[];
  return { purpose, pauses };
}
