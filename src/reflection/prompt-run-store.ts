import type { Db } from "../storage/database.ts";
import type { MessageRef } from "../chat/vocabulary.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

export type Visibility = "team" | "private";

export interface PromptRun {
  id: number;
  team: string;
  promptId: string;
  cycle: number;
  visibility: Visibility;
  slot: string | null;
  postedAt: string;
  closesAt: string;
}

export function createRun(db: Db, run: Omit<PromptRun, "id">): PromptRun {
  const result = statement(
    db,
    `INSERT INTO prompt_runs (team, prompt_id, cycle, visibility, slot, posted_at, closes_at)
       VALUES (@team, @promptId, @cycle, @visibility, @slot, @postedAt, @closesAt)`,
  ).run(run);
  return { ...run, id: Number(result.lastInsertRowid) };
}

export function getRun(db: Db, id: number): PromptRun | undefined {
  const row = statement(db, "SELECT * FROM prompt_runs WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toRun(row) : undefined;
}

export function findRunBySlot(db: Db, team: string, slot: string): PromptRun | undefined {
  const row = statement(db, "SELECT * FROM prompt_runs WHERE team = ? AND slot = ?").get(team, slot) as
    | Record<string, unknown>
    | undefined;
  return row ? toRun(row) : undefined;
}

export function listRuns(db: Db, team: string, from: Date, to: Date): PromptRun[] {
  const rows = statement(db, "SELECT * FROM prompt_runs WHERE team = ? AND posted_at >= ? AND posted_at < ? ORDER BY posted_at").all(team, from.toISOString(), to.toISOString()) as Record<string, unknown>[];
  return rows.map(toRun);
}

/** The prompts this team has had in its current rotation cycle. */
export function currentCycle(db: Db, team: string): { cycle: number; promptIds: Set<string> } {
  const cycle = (statement(db, "SELECT max(cycle) FROM prompt_runs WHERE team = ?").pluck().get(team) as number | null) ?? 1;
  const ids = statement(db, "SELECT prompt_id FROM prompt_runs WHERE team = ? AND cycle = ?").pluck().all(team, cycle) as string[];
  return { cycle, promptIds: new Set(ids) };
}

export function savePromptPost(db: Db, runId: number, ref: MessageRef): void {
  statement(
    db,
    "INSERT OR REPLACE INTO prompt_posts (run_id, platform, conversation_id, message_id) VALUES (?, ?, ?, ?)",
  ).run(runId, ref.platform, ref.conversationId, ref.messageId);
}

export function listPromptPosts(db: Db, runId: number): MessageRef[] {
  const rows = statement(db, "SELECT * FROM prompt_posts WHERE run_id = ?").all(runId) as Record<string, string>[];
  return rows.map(toMessageRef);
}

function toRun(row: Record<string, unknown>): PromptRun {
  return {
    id: Number(row.id),
    team: String(row.team),
    promptId: String(row.prompt_id),
    cycle: Number(row.cycle),
    visibility: row.visibility as Visibility,
    slot: (row.slot as string | null) ?? null,
    postedAt: String(row.posted_at),
    closesAt: String(row.closes_at),
  };
}

/** Runs that closed (closes_at at or before now, ISO) and were not yet shown as closed. */
export function listEndedRunsNotShownClosed(db: Db, now: string): number[] {
  return statement(db, "SELECT id FROM prompt_runs WHERE closed_shown_at IS NULL AND closes_at <= ?").pluck().all(now) as number[];
}

/** Claims showing the run as closed; false when another process did so first. */
export function markShownClosed(db: Db, runId: number, now: string): boolean {
  return statement(db, "UPDATE prompt_runs SET closed_shown_at = ? WHERE id = ? AND closed_shown_at IS NULL").run(now, runId).changes === 1;
}

/** Runs closing after `from` and at or before `until` (ISO) that were not reminded yet. */
export function listRunsToRemind(db: Db, from: string, until: string): { id: number; team: string; closesAt: string }[] {
  return statement(db, "SELECT id, team, closes_at AS closesAt FROM prompt_runs WHERE reminded_at IS NULL AND closes_at > ? AND closes_at <= ?").all(
    from,
    until,
  ) as { id: number; team: string; closesAt: string }[];
}

/** Claims the run's one reminder; false when another process did so first. */
export function markReminded(db: Db, runId: number, now: string): boolean {
  return statement(db, "UPDATE prompt_runs SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL").run(now, runId).changes === 1;
}

/** How many of the team's prompts were posted from `from` up to (not including) `to`. */
export function countRunsPosted(db: Db, team: string, from: Date, to: Date): number {
  return statement(db, "SELECT count(*) FROM prompt_runs WHERE team = ? AND posted_at >= ? AND posted_at < ?").pluck().get(team, from.toISOString(), to.toISOString()) as number;
}
