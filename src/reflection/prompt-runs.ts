import type { Db } from "../storage/database.ts";
import type { MessageRef, Platform } from "../chat/vocabulary.ts";
import { statement } from "../storage/statements.ts";

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
  return rows.map((row) => ({
    platform: row.platform as Platform,
    conversationId: row.conversation_id!,
    messageId: row.message_id!,
  }));
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
