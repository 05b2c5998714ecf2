import type { Db } from "../storage/database.ts";
import type { MessageRef, Platform } from "../chat/vocabulary.ts";
import { statement } from "../storage/statements.ts";

export interface Answer {
  id: number;
  runId: number;
  author: string;
  text: string;
  score: number | null;
  mayHighlight: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AnswerInput {
  runId: number;
  author: string;
  text: string;
  score: number | null;
  mayHighlight: boolean;
}

/** One answer per person per prompt; answering again edits it. */
export function saveAnswer(db: Db, input: AnswerInput, now: Date): { answer: Answer; isNew: boolean } {
  const at = now.toISOString();
  const existing = findAnswer(db, input.runId, input.author);
  statement(
    db,
    `INSERT INTO answers (run_id, author, text, score, may_highlight, created_at, updated_at)
     VALUES (@runId, @author, @text, @score, @mayHighlight, @at, @at)
     ON CONFLICT (run_id, author) DO UPDATE SET
       text = excluded.text, score = excluded.score, may_highlight = excluded.may_highlight, updated_at = excluded.updated_at`,
  ).run({ ...input, mayHighlight: input.mayHighlight ? 1 : 0, at });
  return { answer: findAnswer(db, input.runId, input.author)!, isNew: existing === undefined };
}

export function findAnswer(db: Db, runId: number, author: string): Answer | undefined {
  const row = statement(db, "SELECT * FROM answers WHERE run_id = ? AND author = ?").get(runId, author) as
    | Record<string, unknown>
    | undefined;
  return row ? toAnswer(row) : undefined;
}

export function getAnswer(db: Db, id: number): Answer | undefined {
  const row = statement(db, "SELECT * FROM answers WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  return row ? toAnswer(row) : undefined;
}

export function countAnswers(db: Db, runId: number): number {
  return statement(db, "SELECT count(*) FROM answers WHERE run_id = ?").pluck().get(runId) as number;
}

/** The pulse result people may see: published in steps, so no single score can be worked out. */
export interface ScoreSummary {
  count: number;
  average: number | null;
}

/** Answers between two published pulse averages; the difference between them is a group, not a person. */
export const PULSE_STEP = 5;

export function publishedScores(db: Db, runId: number): ScoreSummary {
  const row = statement(db, "SELECT pulse_count AS count, pulse_average AS average FROM prompt_runs WHERE id = ?").get(runId) as
    | ScoreSummary
    | undefined;
  return row ?? { count: 0, average: null };
}

/**
 * Publishes the pulse average when at least PULSE_STEP scores came in since the last one, also after
 * the prompt closed: publishing fewer new scores (at closing, say) would let the difference between two
 * averages reveal them. Returns whether it changed.
 */
export function publishScoresIfDue(db: Db, runId: number): boolean {
  const current = statement(db, "SELECT count(score) AS count, avg(score) AS average FROM answers WHERE run_id = ?").get(runId) as ScoreSummary;
  const shown = publishedScores(db, runId);
  if (current.count < shown.count + PULSE_STEP) return false;
  statement(db, "UPDATE prompt_runs SET pulse_count = ?, pulse_average = ? WHERE id = ?").run(current.count, current.average, runId);
  return true;
}

export function saveAnswerPost(db: Db, answerId: number, ref: MessageRef): void {
  statement(
    db,
    "INSERT OR REPLACE INTO answer_posts (answer_id, platform, conversation_id, message_id, thread_id) VALUES (?, ?, ?, ?, ?)",
  ).run(answerId, ref.platform, ref.conversationId, ref.messageId, ref.threadId ?? null);
}

export function listAnswerPosts(db: Db, answerId: number): MessageRef[] {
  const rows = statement(db, "SELECT * FROM answer_posts WHERE answer_id = ?").all(answerId) as Record<string, string | null>[];
  return rows.map((row) => ({
    platform: row.platform as Platform,
    conversationId: row.conversation_id!,
    messageId: row.message_id!,
    threadId: row.thread_id ?? undefined,
  }));
}

function toAnswer(row: Record<string, unknown>): Answer {
  return {
    id: Number(row.id),
    runId: Number(row.run_id),
    author: String(row.author),
    text: String(row.text),
    score: row.score === null ? null : Number(row.score),
    mayHighlight: row.may_highlight === 1,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}
