import { schedule as scheduleCron, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { inTransaction, type Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import { slotsBetween, type Slot } from "./cron-slots.ts";
import { claimSlot, finishSlot, firstSeen, recordMissedSlot, renewClaim } from "./slot-store.ts";
import { startOfMinute } from "../time/local-time.ts";

export type JobOutcome = { status: "done"; note?: string } | { status: "skipped"; note: string };

export interface Job {
  /** Stable name in the ledger, e.g. "reflection:kcc". */
  key: string;
  cron: string;
  timezone: string;
  /**
   * After downtime, only the newest due slot runs (within the grace period); older ones are recorded
   * as missed. True for prompts and digests (people expect one post, not a backlog) and housekeeping.
   */
  isLatestOnly?: boolean;
  run(slot: Slot): Promise<JobOutcome>;
}

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** A slot missed while the bot was down is still run within this many minutes. */
  graceMinutes: number;
  /** How far back to look for missed slots to report. */
  lookBackMinutes?: number;
  /** A claim older than this whose process did not finish is taken over. */
  leaseMinutes?: number;
  /** How often a running job renews its claim (default a third of the lease). */
  renewEveryMs?: number;
  /** How many jobs run at once within a tick (default 8); one job's slots always run in order. */
  concurrency?: number;
}

export interface TickReport {
  job: string;
  slot: string;
  result: "ran" | "skipped" | "missed" | "failed";
  note?: string;
}

/**
 * Runs every (job, slot) exactly once, however many processes share the database and however often
 * they restart: node-cron wakes us every minute, the ledger in SQLite decides who runs what.
 */
export class Scheduler {
  private readonly jobs: Job[] = [];
  private readonly checkedUntil = new Map<string, Date>();
  /** When each job was first seen (in the ledger); asked once per process, not once per job per minute. */
  private readonly firstSeen = new Map<string, Date>();
  /** When each job was added to this process: a job new to the ledger counts as first seen then. */
  private readonly addedAt = new Map<string, Date>();
  private ticker: ScheduledTask | undefined;
  private running: Promise<TickReport[]> | undefined;

  constructor(private readonly options: SchedulerOptions) {}

  /** Adds a job; a job this database has not seen before starts from now (see tickJob). */
  add(job: Job): void {
    this.jobs.push(job);
    this.addedAt.set(job.key, this.options.clock.now());
  }

  /**
   * Learns when each job was first seen, all in one transaction: 500 teams have 2 000 jobs, and one
   * flush to disk per job made a first start take seconds. What fails here, each job's tick does.
   */
  private registerNewJobs(): void {
    const unseen = this.jobs.filter((job) => !this.firstSeen.has(job.key));
    if (unseen.length === 0) return;
    try {
      inTransaction(this.options.db, () => {
        for (const job of unseen) {
          const added = this.addedAt.get(job.key) ?? this.options.clock.now();
          this.firstSeen.set(job.key, startOfMinute(firstSeen(this.options.db, job.key, added)));
        }
      });
    } catch (error) {
      for (const job of unseen) this.firstSeen.delete(job.key);
      this.options.logger.warn({ jobs: unseen.length, err: error }, "jobs could not be registered yet; each job's tick does it");
    }
  }

  listJobs(): readonly Job[] {
    return this.jobs;
  }

  start(): void {
    this.ticker = scheduleCron("* * * * *", () => void this.tick(), { name: "bedoeling-ticker" });
    void this.tick();
  }

  async stop(): Promise<void> {
    await this.ticker?.destroy();
    this.ticker = undefined;
    await this.running;
  }

  /**
   * Looks for due slots up to the clock's now and runs them. Overlapping calls wait for each other. It
   * never rejects: a database error (a lock held by another process, a full disk) is logged and the
   * slot is looked at again on the next tick.
   */
  async tick(): Promise<TickReport[]> {
    const previous = this.running ?? Promise.resolve([]);
    const next = previous.then(
      () => this.tickOnce(),
      () => this.tickOnce(),
    );
    this.running = next;
    return next;
  }

  /**
   * Jobs run side by side (a few at a time), so one team whose platform is slow or failing does not
   * hold up every other team's prompt; reports come back in the order the jobs were added.
   */
  private async tickOnce(): Promise<TickReport[]> {
    const now = this.options.clock.now();
    this.registerNewJobs();
    const perJob = await runPooled(this.jobs, this.options.concurrency ?? 8, async (job) => {
      try {
        return await this.tickJob(job, now);
      } catch (error) {
        this.options.logger.error({ job: job.key, err: error }, "scheduler could not check the job; it is checked again on the next tick");
        return [{ job: job.key, slot: "", result: "failed" as const, note: errorCode(error) }];
      }
    });
    return perJob.flat();
  }

  private async tickJob(job: Job, now: Date): Promise<TickReport[]> {
    const { db, graceMinutes } = this.options;
    const lookBack = Math.max(this.options.lookBackMinutes ?? 24 * 60, graceMinutes);
    const reports: TickReport[] = [];
    const since = this.checkedUntil.get(job.key) ?? new Date(now.getTime() - lookBack * 60_000);
    const jobSeen = this.firstSeen.get(job.key) ?? startOfMinute(firstSeen(db, job.key, this.addedAt.get(job.key) ?? now));
    this.firstSeen.set(job.key, jobSeen);
    let checked = now;
    // A new install, team or schedule starts from now: nothing from before the job was first seen.
    const due = slotsBetween(job.cron, job.timezone, since, now).filter((slot) => slot.at >= jobSeen);
    const newest = due.at(-1);
    for (const slot of due) {
      const ageMinutes = (now.getTime() - slot.at.getTime()) / 60_000;
      const isSuperseded = job.isLatestOnly === true && slot !== newest;
      if (ageMinutes > graceMinutes || isSuperseded) {
        if (recordMissedSlot(db, job.key, slot.key, now)) {
          this.options.logger.warn({ job: job.key, slot: slot.key, isSuperseded }, "slot missed while the bot was down; skipped");
          reports.push({ job: job.key, slot: slot.key, result: "missed" });
        }
        continue;
      }
      const report = await this.runSlot(job, slot);
      if (!report) continue;
      reports.push(report);
      // A failed slot is looked at again on the next tick, while it is within the grace period.
      if (report.result === "failed" && slot.at <= checked) checked = new Date(slot.at.getTime() - 60_000);
    }
    this.checkedUntil.set(job.key, checked);
    return reports;
  }

  private async runSlot(job: Job, slot: Slot): Promise<TickReport | undefined> {
    const { db, clock, logger } = this.options;
    const leaseMs = (this.options.leaseMinutes ?? 10) * 60_000;
    if (!claimSlot(db, job.key, slot.key, clock.now(), leaseMs)) return undefined;
    // A long job (pacing, a platform's Retry-After) keeps its claim, so no other process takes it over.
    const renewal = setInterval(() => {
      try {
        renewClaim(db, job.key, slot.key, clock.now());
      } catch (error) {
        logger.warn({ job: job.key, err: error }, "claim of a running job could not be renewed");
      }
    }, this.options.renewEveryMs ?? leaseMs / 3);
    renewal.unref();
    try {
      const outcome = await job.run(slot);
      finishSlot(db, job.key, slot.key, outcome.status, outcome.note ?? null, clock.now());
      logger.info({ job: job.key, slot: slot.key, status: outcome.status, note: outcome.note }, "scheduled job finished");
      return { job: job.key, slot: slot.key, result: outcome.status === "done" ? "ran" : "skipped", note: outcome.note };
    } catch (error) {
      finishSlot(db, job.key, slot.key, "failed", errorCode(error), clock.now());
      logger.error({ job: job.key, slot: slot.key, err: error }, "scheduled job failed; it is retried on the next tick");
      return { job: job.key, slot: slot.key, result: "failed", note: errorCode(error) };
    } finally {
      clearInterval(renewal);
    }
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.name : "unknown";
}

/** Maps items with at most `limit` running at once; results keep the items' order. */
async function runPooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
