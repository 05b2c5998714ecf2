import type { Adapter } from "../chat/adapter.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { countGivenUpSince, outboxStats } from "../outbox/outbox-store.ts";
import type { Db } from "../storage/database.ts";
import { writeProbeRow } from "../storage/probes.ts";
import type { Clock } from "../time/clock.ts";

/** The outbox is stuck when its oldest waiting item is older than this (retries back off to 15 minutes)… */
export const OUTBOX_STUCK_AFTER_SECONDS = 15 * 60;
/** …or when an item was given up (after ten tries, about 35 minutes) within this window. */
export const OUTBOX_GIVEN_UP_WINDOW_MS = 60 * 60_000;

export interface PartReadiness {
  isReady: boolean;
  detail?: string;
}

/** GET /readyz: each part by name; no secret, no person, no team, no text. */
export interface Readiness {
  isReady: boolean;
  database: PartReadiness;
  platforms: (PartReadiness & { platform: Platform })[];
  outbox: PartReadiness & { waiting: number; failed: number; oldestWaitingSeconds: number; givenUpLastHour: number };
}

export interface ReadinessParts {
  db: Db;
  adapters: readonly Adapter[];
  clock: Clock;
}

/**
 * Ready means: the database takes a write, each configured platform accepted our credentials (Slack's
 * auth.test, a Teams token from Microsoft Entra ID), and the outbox is not stuck.
 */
export async function checkReadiness({ db, adapters, clock }: ReadinessParts): Promise<Readiness> {
  const database = checkDatabase(db, clock.now());
  const platforms = await Promise.all(
    adapters.map(async (adapter) => {
      const health = adapter.checkReadiness ? await adapter.checkReadiness() : adapter.health();
      return { platform: health.platform, isReady: health.isHealthy, ...(health.detail ? { detail: health.detail } : {}) };
    }),
  );
  const outbox = checkOutbox(db, clock.now());
  return { isReady: database.isReady && outbox.isReady && platforms.every((p) => p.isReady), database, platforms, outbox };
}

const ROLLED_BACK = Symbol("rolled back");

/** One row written in a transaction that is rolled back: it takes the write lock, and changes nothing. */
function checkDatabase(db: Db, now: Date): PartReadiness {
  const write = db.transaction(() => {
    writeProbeRow(db, now);
    throw ROLLED_BACK;
  });
  // A probe does not wait five seconds for another process's lock (the bot's own busy_timeout): the
  // whole process would stand still that long.
  const busyTimeout = db.pragma("busy_timeout", { simple: true }) as number;
  db.pragma("busy_timeout = 250");
  try {
    write.immediate();
    return { isReady: false, detail: "write not rolled back" };
  } catch (error) {
    if (error === ROLLED_BACK) return { isReady: true };
    return { isReady: false, detail: (error as { code?: string }).code ?? "not writable" };
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

function checkOutbox(db: Db, now: Date): Readiness["outbox"] {
  const stats = outboxStats(db, now);
  // A given-up item's last planned retry (not_before) lies at most 15 minutes after it was given up.
  const since = new Date(now.getTime() - OUTBOX_GIVEN_UP_WINDOW_MS).toISOString();
  const givenUp = countGivenUpSince(db, since);
  const problems = [
    stats.oldestSeconds > OUTBOX_STUCK_AFTER_SECONDS ? `oldest waiting item ${Math.round(stats.oldestSeconds / 60)} min old` : "",
    givenUp > 0 ? `${givenUp} item(s) given up in the last hour` : "",
  ].filter(Boolean);
  return {
    isReady: problems.length === 0,
    ...(problems.length ? { detail: problems.join("; ") } : {}),
    waiting: stats.waiting,
    failed: stats.failed,
    oldestWaitingSeconds: stats.oldestSeconds,
    givenUpLastHour: givenUp,
  };
}
