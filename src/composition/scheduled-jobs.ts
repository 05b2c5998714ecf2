import type { Core } from "../dispatch/core.ts";
import type { Scheduler } from "../scheduling/scheduler.ts";
import { maintainCases } from "../cases/maintain-cases.ts";
import { enforceRetention } from "../operations/enforce-retention.ts";
import { postDigest } from "../digest/post-digest.ts";
import { postOrganisationDigest } from "../digest/organisation-digest.ts";
import { postPrompt } from "../reflection/post-prompt.ts";
import { closeEndedPrompts } from "../reflection/close-prompts.ts";
import { sendLeadPrompts } from "../reflection/lead-prompts.ts";
import { remindOpenPrompts } from "../reflection/remind-prompt.ts";
import { sendLogbookPrompts } from "../logbook/logbook.ts";
import { sendLaterReminders } from "../reflection/later-reminders.ts";
import { askPurposeCheck, PURPOSE_CHECK_SCHEDULE } from "../team/purpose-check.ts";
import { askDueLookbacks } from "../proposals/lookbacks.ts";
import { remindWaiting } from "../proposals/remind-waiting.ts";
import { postQuarterlyReport } from "../report/post-report.ts";
import { organisationTeam } from "../team/find-team.ts";

/** Every team's prompts and digests, the organisation's, and the routine care of cases, prompts and data. */
export function addScheduledJobs(core: Core, scheduler: Scheduler): void {
  const timezone = core.config.timezone;
  for (const team of core.config.teams) {
    if (team.reflection) {
      scheduler.add({ key: `reflection:${team.key}`, cron: team.reflection.schedule, timezone, isLatestOnly: true, run: (slot) => postPrompt(core, team, slot) });
    }
    if (team.reflection && team.leads.length > 0) {
      const leadSchedule = team.reflection.leadSchedule;
      scheduler.add({ key: `lead-prompts:${team.key}`, cron: leadSchedule, timezone, isLatestOnly: true, run: (slot) => sendLeadPrompts(core, team, slot) });
    }
    if (team.reflection && team.leads.length > 0) {
      scheduler.add({ key: `bedoeling:${team.key}`, cron: PURPOSE_CHECK_SCHEDULE, timezone, isLatestOnly: true, run: (slot) => askPurposeCheck(core, team, slot) });
    }
    if (team.digest) {
      scheduler.add({ key: `digest:${team.key}`, cron: team.digest.schedule, timezone, isLatestOnly: true, run: (slot) => postDigest(core, team, slot) });
    }
  }
  if (core.config.organisation) {
    const schedule = core.config.organisation.digest.schedule;
    scheduler.add({ key: "digest:organisation", cron: schedule, timezone, isLatestOnly: true, run: (slot) => postOrganisationDigest(core, slot) });
    const mt = organisationTeam(core)!;
    scheduler.add({ key: "reflection:organisation", cron: mt.reflection!.schedule, timezone, isLatestOnly: true, run: (slot) => postPrompt(core, mt, slot) });
    const report = core.config.organisation.report;
    if (report) scheduler.add({ key: "report:organisation", cron: report.schedule, timezone, isLatestOnly: true, run: (slot) => postQuarterlyReport(core, slot) });
  }
  scheduler.add({
    key: "cases:maintenance",
    cron: "*/15 * * * *",
    timezone,
    isLatestOnly: true,
    run: async () => {
      const result = await maintainCases(core);
      return { status: "done", note: `routed ${result.routed}, resurfaced ${result.resurfaced}, nudged ${result.nudged}` };
    },
  });
  scheduler.add({
    key: "reflection:reminders",
    cron: "0 * * * *",
    timezone,
    isLatestOnly: true,
    run: async () => ({
      status: "done",
      note: `reminded ${await remindOpenPrompts(core)}, closed ${await closeEndedPrompts(core)}, later ${await sendLaterReminders(core)}`,
    }),
  });
  scheduler.add({
    key: "logbook",
    cron: "*/15 * * * *",
    timezone,
    run: async (slot) => ({ status: "done", note: `sent ${await sendLogbookPrompts(core, slot)}` }),
  });
  // The learning loop: reminders for what waits beyond the teams, and look-backs on decisions, on working days.
  scheduler.add({
    key: "learning:reminders",
    cron: "0 9 * * 1-5",
    timezone,
    isLatestOnly: true,
    run: async () => {
      const reminded = await remindWaiting(core);
      return { status: "done", note: `escalations ${reminded.escalations}, proposals ${reminded.proposals}` };
    },
  });
  scheduler.add({
    key: "learning:lookbacks",
    cron: "0 10 * * 1-5",
    timezone,
    isLatestOnly: true,
    run: async () => ({ status: "done", note: `asked ${await askDueLookbacks(core)}` }),
  });
  scheduler.add({
    key: "retention",
    cron: "30 3 * * *",
    timezone,
    isLatestOnly: true,
    run: async () => {
      const result = enforceRetention(core.db, core.config, core.clock.now());
      const note = `answers ${result.answers}, closed cases ${result.closedCases}, audit ${result.auditEntries}, conversations ${result.conversations}`;
      return { status: "done", note };
    },
  });
}
