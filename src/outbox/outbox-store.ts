import { hostname } from "node:os";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export interface OutboxItem {
  id: number;
  lane: string;
  kind: string;
  args: Record<string, unknown>;
  status: "waiting" | "failed";
  attempts: number;
  notBefore: string;
  createdAt: string;
  lastError: string | null;
}

export interface NewOutboxItem {
  /** Items of one lane (a conversation, a person's DMs) are delivered in the order they were written. */
  lane: string;
  kind: string;
  args: Record<string, unknown>;
}

/** This process, as it marks what it is delivering; a claim of a process that is gone is released. */
export const PROCESS_ID = `${hostname()}:${process.pid}`;

/**
 * Writes a platform effect to the outbox. Call it inside the transaction that saves the change it
 * shows, so that the change and its effects are committed (or lost) together.
 */
export function enqueue(db: Db, item: NewOutboxItem, now: Date): number {
  const at = now.toISOString();
  const result = statement(db, "INSERT INTO outbox (lane, kind, args, not_before, created_at) VALUES (?, ?, ?, ?, ?)").run(
    item.lane,
    item.kind,
    JSON.stringify(item.args),
    at,
    at,
  );
  return Number(result.lastInsertRowid);
}

/**
 * The items that may go now: the oldest waiting item of each lane (a later one waits for it, even
 * while it backs off), due, and not claimed by a live delivery.
 */
export function listDue(db: Db, now: Date, busyLanes: ReadonlySet<string>, limit: number): OutboxItem[] {
  const at = now.toISOString();
  const rows = statement(
    db,
    `SELECT * FROM outbox o WHERE status = 'waiting' AND not_before <= ? AND (claimed_until IS NULL OR claimed_until < ?)
       AND id = (SELECT min(id) FROM outbox f WHERE f.lane = o.lane AND f.status = 'waiting')
     ORDER BY id LIMIT ?`,
  ).all(at, at, limit + busyLanes.size) as Record<string, unknown>[];
  return rows.map(toItem).filter((item) => !busyLanes.has(item.lane)).slice(0, limit);
}

/** Takes an item for delivery; false when another process took it first. */
export function claim(db: Db, id: number, now: Date, leaseMs: number): boolean {
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const result = statement(
    db,
    "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = 'waiting' AND (claimed_until IS NULL OR claimed_until < ?)",
  ).run(PROCESS_ID, until, id, at);
  return result.changes === 1;
}

export function complete(db: Db, id: number): void {
  statement(db, "DELETE FROM outbox WHERE id = ?").run(id);
}

/** A failed attempt: tried again after a growing pause, and given up (status failed) after the last. */
export function recordFailure(
  db: Db,
  item: OutboxItem,
  failure: { code: string; retryAfterMs?: number },
  now: Date,
  maxAttempts: number,
): "retrying" | "failed" {
  const attempts = item.attempts + 1;
  const isGivenUp = attempts >= maxAttempts;
  // A platform that says when to come back (a long Retry-After) is believed; else the pause doubles.
  const pauseMs = failure.retryAfterMs ?? Math.min(5_000 * 2 ** (attempts - 1), 15 * 60_000);
  statement(
    db,
    "UPDATE outbox SET attempts = ?, status = ?, not_before = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
  ).run(attempts, isGivenUp ? "failed" : "waiting", new Date(now.getTime() + pauseMs).toISOString(), failure.code.slice(0, 200), item.id);
  return isGivenUp ? "failed" : "retrying";
}

/**
 * Releases claims of this host's processes that no longer run (a SIGKILL, a crash): their items go
 * again at once, marked as attempted, since the platform may have shown them already.
 */
export function releaseOrphanedClaims(db: Db, isAlive: (pid: number) => boolean): number {
  const prefix = `${hostname()}:`;
  const claims = statement(db, "SELECT DISTINCT claimed_by FROM outbox WHERE claimed_by IS NOT NULL").pluck().all() as string[];
  let released = 0;
  for (const holder of claims) {
    if (!holder.startsWith(prefix)) continue;
    const pid = Number(holder.slice(prefix.length));
    if (holder === PROCESS_ID || isAlive(pid)) continue;
    released += statement(
      db,
      "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL, attempts = attempts + 1, last_error = coalesce(last_error, 'interrupted') WHERE claimed_by = ?",
    ).run(holder).changes;
  }
  return released;
}

export interface OutboxStats {
  waiting: number;
  failed: number;
  /** Age in seconds of the oldest waiting item, 0 when none waits. */
  oldestSeconds: number;
}

export function outboxStats(db: Db, now: Date): OutboxStats {
  const row = statement(
    db,
    "SELECT sum(status = 'waiting') AS waiting, sum(status = 'failed') AS failed, min(CASE WHEN status = 'waiting' THEN created_at END) AS oldest FROM outbox",
  ).get() as { waiting: number | null; failed: number | null; oldest: string | null };
  const oldestSeconds = row.oldest ? Math.max(0, Math.round((now.getTime() - Date.parse(row.oldest)) / 1000)) : 0;
  return { waiting: row.waiting ?? 0, failed: row.failed ?? 0, oldestSeconds };
}

export function listOutbox(db: Db): OutboxItem[] {
  return (statement(db, "SELECT * FROM outbox ORDER BY id").all() as Record<string, unknown>[]).map(toItem);
}

/** An operator's retry of a given-up item: it goes again on the next round, after its lane's earlier items. */
export function retryItem(db: Db, id: number, now: Date): boolean {
  return statement(db, "UPDATE outbox SET status = 'waiting', attempts = 0, not_before = ? WHERE id = ?").run(now.toISOString(), id).changes === 1;
}

export function dropItem(db: Db, id: number): boolean {
  return statement(db, "DELETE FROM outbox WHERE id = ?").run(id).changes === 1;
}

function toItem(row: Record<string, unknown>): OutboxItem {
  return {
    id: Number(row.id),
    lane: String(row.lane),
    kind: String(row.kind),
    args: JSON.parse(String(row.args)) as Record<string, unknown>,
    status: row.status as OutboxItem["status"],
    attempts: Number(row.attempts),
    notBefore: String(row.not_before),
    createdAt: String(row.created_at),
    lastError: (row.last_error as string | null) ?? null,
  };
}

/** Whether an item of this kind for this case is still waiting (or being delivered). */
export function isCaseItemQueued(db: Db, kind: string, caseId: number): boolean {
  return statement(db, "SELECT 1 FROM outbox WHERE kind = ? AND json_extract(args, '$.caseId') = ?").get(kind, caseId) !== undefined;
}

/** Whether an item of this kind waits in this lane and no worker has claimed it yet. */
export function isUnclaimedItemWaiting(db: Db, lane: string, kind: string): boolean {
  return statement(db, "SELECT 1 FROM outbox WHERE lane = ? AND kind = ? AND status = 'waiting' AND claimed_until IS NULL").get(lane, kind) !== undefined;
}

/** Items given up whose last planned retry (not_before) lies after this moment (ISO). */
export function countGivenUpSince(db: Db, since: string): number {
  return statement(db, "SELECT count(*) FROM outbox WHERE status = 'failed' AND not_before > ?").pluck().get(since) as number;
}
