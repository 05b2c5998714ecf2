import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";

export type SlotStatus = "claimed" | "done" | "skipped" | "failed";

const MAX_ATTEMPTS = 3;

/**
 * Claims (job, slot) for this process. The primary key makes the claim atomic across processes that
 * share the database file: exactly one INSERT wins. A claim left behind by a crashed process (older
 * than the lease) or a failed run with attempts left can be taken over; the jobs themselves skip the
 * parts that were already done, so a takeover does not post twice.
 */
export function claimSlot(db: Db, job: string, slot: string, now: Date, leaseMs: number): boolean {
  const inserted = statement(db, "INSERT OR IGNORE INTO schedule_slots (job, slot, status, claimed_at) VALUES (?, ?, 'claimed', ?)").run(job, slot, now.toISOString());
  if (inserted.changes === 1) return true;
  const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
  const retaken = statement(
    db,
    `UPDATE schedule_slots SET status = 'claimed', claimed_at = ?, attempts = attempts + 1
       WHERE job = ? AND slot = ? AND attempts < ?
         AND ((status = 'claimed' AND claimed_at < ?) OR status = 'failed')`,
  ).run(now.toISOString(), job, slot, MAX_ATTEMPTS, staleBefore);
  return retaken.changes === 1;
}

/** Keeps a running job's claim fresh, so that its lease does not run out while it works. */
export function renewClaim(db: Db, job: string, slot: string, now: Date): void {
  statement(db, "UPDATE schedule_slots SET claimed_at = ? WHERE job = ? AND slot = ? AND status = 'claimed'").run(now.toISOString(), job, slot);
}

export function finishSlot(db: Db, job: string, slot: string, status: SlotStatus, note: string | null, now: Date): void {
  statement(db, "UPDATE schedule_slots SET status = ?, note = ?, finished_at = ? WHERE job = ? AND slot = ?").run(
    status,
    note,
    now.toISOString(),
    job,
    slot,
  );
}

/** Records a slot that was missed for good, so it is reported once and never run later. */
export function recordMissedSlot(db: Db, job: string, slot: string, now: Date): boolean {
  const result = statement(
    db,
    "INSERT OR IGNORE INTO schedule_slots (job, slot, status, note, claimed_at, finished_at) VALUES (?, ?, 'skipped', 'missed', ?, ?)",
  ).run(job, slot, now.toISOString(), now.toISOString());
  return result.changes === 1;
}

export function firstSeen(db: Db, job: string, now: Date): Date {
  statement(db, "INSERT OR IGNORE INTO schedule_jobs (job, first_seen_at) VALUES (?, ?)").run(job, now.toISOString());
  const value = statement(db, "SELECT first_seen_at FROM schedule_jobs WHERE job = ?").pluck().get(job) as string;
  return new Date(value);
}

export interface SlotRecord {
  job: string;
  slot: string;
  status: SlotStatus;
  note: string | null;
  attempts: number;
}

export function listSlots(db: Db, job?: string): SlotRecord[] {
  const rows = job
    ? statement(db, "SELECT job, slot, status, note, attempts FROM schedule_slots WHERE job = ? ORDER BY slot").all(job)
    : statement(db, "SELECT job, slot, status, note, attempts FROM schedule_slots ORDER BY job, slot").all();
  return rows as SlotRecord[];
}
