import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { parseUser, textMessage } from "../chat/vocabulary.ts";
import { workingDaysBetween } from "../time/holidays.ts";
import { localDateKey } from "../time/local-time.ts";
import { listOwnedCasesNotNudged, listSettledCasesDue, listUnpostedCases, markNudged, moveCase } from "./case-store.ts";
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
  const unposted = listUnpostedCases(core.db);
  let routed = 0;
  for (const record of unposted) {
    if (isRoutingQueued(core, record.id)) continue;
    enqueueRouting(core, record);
    routed += 1;
  }
  return routed;
}

/** Bezinken ends on its date: the case comes back as "in behandeling", in the thread and the digest. */
async function resurfaceSettled(core: Core): Promise<number> {
  const today = localDateKey(core.clock.now(), core.config.timezone);
  const due = listSettledCasesDue(core.db, today);
  let count = 0;
  for (const record of due) {
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
  const owned = listOwnedCasesNotNudged(core.db);
  let count = 0;
  for (const record of owned) {
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
