import type { Logger } from "pino";
import type { Delivery } from "../chat/vocabulary.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import { claim, complete, listDue, recordFailure, releaseOrphanedClaims, type OutboxItem } from "./outbox-store.ts";

/** Carries out one kind of outbox item. It may run again after a crash: it must not repeat what it did. */
export type OutboxTask = (args: Record<string, unknown>, delivery: DeliveryKeys) => Promise<void>;

/** Idempotency keys for the posts of one item: the same on every attempt, so a post can be found again. */
export type DeliveryKeys = (step: string) => Delivery;

export interface OutboxOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Lanes delivered at once (default 8); within a lane, one item at a time. */
  concurrency?: number;
  /** How long a claim holds without renewal (default 60 s). */
  leaseMs?: number;
  /** Attempts before an item is given up and left for an operator (default 10, over about an hour). */
  maxAttempts?: number;
  /** How often to look for retries that have come due and items of other processes (default 2 s). */
  pollMs?: number;
}

/**
 * Delivers the outbox: every platform effect of a saved change, in order per lane, with retries that
 * back off, across restarts (a claim of a killed process is released at start) and with several
 * processes on one database file (an item is claimed before it is delivered).
 */
export class OutboxWorker {
  private readonly tasks = new Map<string, OutboxTask>();
  private readonly inFlight = new Map<number, { lane: string; done: Promise<void> }>();
  private poller: NodeJS.Timeout | undefined;
  private isStopping = false;
  private isPumpQueued = false;

  constructor(private readonly options: OutboxOptions) {}

  register(kind: string, task: OutboxTask): void {
    this.tasks.set(kind, task);
  }

  start(): void {
    const released = this.guard("release claims", () => releaseOrphanedClaims(this.options.db, isProcessAlive)) ?? 0;
    if (released > 0) this.options.logger.warn({ released }, "outbox items of a stopped process are delivered again");
    this.poller = setInterval(() => this.pump(), this.options.pollMs ?? 2_000);
    this.poller.unref();
    this.kick();
  }

  /** Looks for work soon (after the current transaction has committed). */
  kick(): void {
    if (this.isPumpQueued || this.isStopping) return;
    this.isPumpQueued = true;
    setImmediate(() => {
      this.isPumpQueued = false;
      this.pump();
    });
  }

  /** Resolves when nothing is being delivered and nothing is due now (retries that back off may remain). */
  async whenIdle(): Promise<void> {
    for (;;) {
      this.pump();
      if (this.inFlight.size === 0) return;
      await Promise.race([...this.inFlight.values()].map((flight) => flight.done));
    }
  }

  /** A graceful stop: delivers what is due for at most `boundMs`, then lets what is in flight finish. */
  async stop(boundMs: number): Promise<void> {
    clearInterval(this.poller);
    const bound = new Promise<void>((resolve) => setTimeout(resolve, boundMs).unref());
    await Promise.race([this.whenIdle(), bound]);
    this.isStopping = true;
    await Promise.all([...this.inFlight.values()].map((flight) => flight.done));
  }

  private pump(): void {
    if (this.isStopping) return;
    const free = (this.options.concurrency ?? 8) - this.inFlight.size;
    if (free <= 0) return;
    const busy = new Set([...this.inFlight.values()].map((flight) => flight.lane));
    const due = this.guard("list due items", () => listDue(this.options.db, this.options.clock.now(), busy, free)) ?? [];
    for (const item of due) {
      if (busy.has(item.lane)) continue;
      const leaseMs = this.options.leaseMs ?? 60_000;
      if (!this.guard("claim", () => claim(this.options.db, item.id, this.options.clock.now(), leaseMs))) continue;
      busy.add(item.lane);
      const done = this.deliver(item, leaseMs).finally(() => {
        this.inFlight.delete(item.id);
        this.pump();
      });
      this.inFlight.set(item.id, { lane: item.lane, done });
    }
  }

  private async deliver(item: OutboxItem, leaseMs: number): Promise<void> {
    const { db, clock, logger } = this.options;
    const renewal = setInterval(() => this.guard("renew claim", () => claim(db, item.id, clock.now(), leaseMs)), leaseMs / 3);
    renewal.unref();
    try {
      const task = this.tasks.get(item.kind);
      if (!task) throw Object.assign(new Error(`no task for ${item.kind}`), { code: "outbox_unknown_kind" });
      const keys: DeliveryKeys = (step) => ({ key: `ob-${item.id}-${step}`, mayExist: item.attempts > 0, since: item.createdAt });
      await task(item.args, keys);
      this.guard("complete", () => complete(db, item.id));
    } catch (error) {
      const code = codeOf(error);
      const failure = { code, retryAfterMs: retryAfterOf(error) };
      const result = this.guard("record failure", () => recordFailure(db, item, failure, clock.now(), this.options.maxAttempts ?? 10));
      const fields = { item: item.id, kind: item.kind, attempts: item.attempts + 1, code };
      if (result === "failed") logger.error(fields, "outbox item given up; see npm run cli -- outbox");
      else logger.warn(fields, "outbox item failed; it is tried again later");
    } finally {
      clearInterval(renewal);
    }
  }

  /** Every database call of the worker: an error (a lock, a full disk) is logged, never thrown. */
  private guard<T>(what: string, work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      this.options.logger.error({ err: error, what }, "outbox database call failed; tried again on the next round");
      return undefined;
    }
  }
}

function codeOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.name : "unknown";
}

/** A platform error's Retry-After, in milliseconds, where it gave one (Slack: details.retryAfterSeconds). */
function retryAfterOf(error: unknown): number | undefined {
  const details = error && typeof error === "object" && "details" in error ? (error as { details: unknown }).details : undefined;
  const seconds = details && typeof details === "object" && "retryAfterSeconds" in details ? Number(details.retryAfterSeconds) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
