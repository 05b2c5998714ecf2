import type { Db } from "../storage/database.ts";
import type { MessageRef } from "../chat/vocabulary.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

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
  return rows.map(toMessageRef);
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

/**
 * The texts a person gave under their own name where others could read them: answers to prompts with
 * team visibility (posted, or still on their way through the outbox) and any answer with a post.
 */
export function listShownAnswerTexts(db: Db, author: string): string[] {
  return statement(
    db,
    `SELECT text FROM answers a WHERE author = ? AND text != ''
       AND (EXISTS (SELECT 1 FROM prompt_runs r WHERE r.id = a.run_id AND r.visibility = 'team')
         OR EXISTS (SELECT 1 FROM answer_posts p WHERE p.answer_id = a.id))`,
  )
    .pluck()
    .all(author) as string[];
}

/** How many answers the person wrote or edited since then (an ISO time). */
export function countAnswersSince(db: Db, author: string, since: string): number {
  return statement(db, "SELECT count(*) FROM answers WHERE author = ? AND updated_at >= ?").pluck().get(author, since) as number;
}

/** The bot's posts that show this person's answers, on every platform, oldest answer first. */
export function listAnswerPostsBy(db: Db, author: string): MessageRef[] {
  const rows = statement(
    db,
    `SELECT p.platform, p.conversation_id, p.message_id, p.thread_id
     FROM answer_posts p JOIN answers a ON a.id = p.answer_id WHERE a.author = ? ORDER BY a.id, p.platform`,
  ).all(author) as Record<string, unknown>[];
  return rows.map(toMessageRef);
}
