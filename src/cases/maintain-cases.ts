import type { Core } from "../app/core.ts";
import { findTeam, languageOf } from "../app/core.ts";
import { parseUser, textMessage } from "../chat/vocabulary.ts";
import { workingDaysBetween } from "../time/holidays.ts";
import { localDateKey } from "../time/local-time.ts";
import { WAITING_STATUSES } from "./case-model.ts";
import { toCase, markNudged, moveCase } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";
import { enqueueDirect } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { enqueueMoveAnnouncement, enqueueRouting, isRoutingQueued } from "./case-effects.ts";
import { numberAnonymousCases } from "./anonymity.ts";

/** Routine care for cases: route what could not be posted, resurface settled cases, nudge owners. */
export async function maintainCases(core: Core): Promise<{ routed: number; resurfaced: number; nudged: number }> {
  numberAnonymousCases(core.db, core.clock.now());
  const result = { routed: await routeUnposted(core), resurfaced: await resurfaceSettled(core), nudged: await nudgeWaiting(core) };
  await core.outbox.whenIdle();
  return result;
}

/**
 * Cases without a triage post and without routing in the outbox: anonymous cases (routed here, not at
 * the moment they were submitted) and cases from before the outbox.
 */
async function routeUnposted(core: Core): Promise<number> {
  const rows = core.db
    .prepare(
      `SELECT * FROM cases WHERE status IN (${WAITING_STATUSES.map((status) => `'${status}'`).join(", ")})
         AND NOT EXISTS (SELECT 1 FROM case_posts p WHERE p.case_id = cases.id)`,
    )
    .all() as Record<string, unknown>[];
  let routed = 0;
  for (const record of rows.map(toCase)) {
    if (isRoutingQueued(core, record.id)) continue;
    enqueueRouting(core, record);
    routed += 1;
  }
  return routed;
}

/** Bezinken ends on its date: the case comes back as "in behandeling", in the thread and the digest. */
async function resurfaceSettled(core: Core): Promise<number> {
  const today = localDateKey(core.clock.now(), core.config.timezone);
  const rows = core.db
    .prepare("SELECT * FROM cases WHERE status = 'settling' AND paused_until <= ?")
    .all(today) as Record<string, unknown>[];
  let count = 0;
  for (const record of rows.map(toCase)) {
    const language = languageOf(core, findTeam(core, record.team));
    const note = caseTexts[language].resurfaced(record.reference);
    const moved = inTransaction(core.db, () => {
      const changed = moveCase(core.db, record.id, "settling", { status: "in_progress", pausedUntil: null }, null, note, core.clock.now());
      if (changed) enqueueMoveAnnouncement(core, changed, "settling", null, note);
      return changed;
    });
    if (moved) count += 1;
  }
  return count;
}

/** A case without a move for too many working days nudges its owner once (until it moves again). */
async function nudgeWaiting(core: Core): Promise<number> {
  const limit = core.config.cases.nudgeAfterWorkingDays;
  const rows = core.db
    .prepare("SELECT * FROM cases WHERE status IN ('in_progress', 'in_garage', 'escalated') AND owner IS NOT NULL AND nudged_at IS NULL")
    .all() as Record<string, unknown>[];
  let count = 0;
  for (const record of rows.map(toCase)) {
    const days = workingDaysBetween(new Date(record.lastMovedAt), core.clock.now(), core.config.timezone);
    const owner = record.owner ? parseUser(record.owner) : undefined;
    if (days < limit || !owner) continue;
    const language = languageOf(core, findTeam(core, record.team));
    inTransaction(core.db, () => {
      markNudged(core.db, record.id, core.clock.now());
      enqueueDirect(core, owner, textMessage(caseTexts[language].nudge(record.reference, days)));
    });
    count += 1;
  }
  return count;
}
