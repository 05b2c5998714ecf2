import type { Logger } from "pino";
import type { Bot } from "../chat/adapter.ts";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Interaction, Platform, Reply } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import type { Config } from "../config/config-schema.ts";
import { maintainCases } from "../cases/maintain-cases.ts";
import { enforceRetention } from "../operations/enforce-retention.ts";
import { postDigest } from "../digest/post-digest.ts";
import { postOrganisationDigest } from "../digest/organisation-digest.ts";
import { dispatchTexts } from "../dispatch/dispatch-texts.ts";
import { interactionSchema } from "../dispatch/interaction-schema.ts";
import { route } from "../dispatch/routes.ts";
import type { PromptLibrary } from "../reflection/prompt-library.ts";
import { postPrompt } from "../reflection/post-prompt.ts";
import { closeEndedPrompts } from "../reflection/close-prompts.ts";
import { sendLeadPrompts } from "../reflection/lead-prompts.ts";
import { remindOpenPrompts } from "../reflection/remind-prompt.ts";
import { sendLogbookPrompts } from "../logbook/logbook.ts";
import { sendLaterReminders } from "../reflection/later-reminders.ts";
import { askPurposeCheck, PURPOSE_CHECK_SCHEDULE } from "../team/purpose-check.ts";
import { teamTasks } from "../team/team-effects.ts";
import { Scheduler } from "../scheduling/scheduler.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import { caseTasks } from "../cases/case-effects.ts";
import { OutboxWorker } from "../outbox/outbox-worker.ts";
import { platformTasks } from "../outbox/platform-effects.ts";
import { reflectionTasks } from "../reflection/answer-effects.ts";
import { digestTasks } from "../digest/digest-effects.ts";
import { escalationTasks } from "../proposals/escalation-effects.ts";
import { askDueLookbacks } from "../proposals/lookbacks.ts";
import { proposalTasks } from "../proposals/proposal-effects.ts";
import { remindWaiting } from "../proposals/remind-waiting.ts";
import { postQuarterlyReport } from "../report/post-report.ts";
import { organisationTeam, type Core } from "./core.ts";

export interface BotParts {
  db: Db;
  config: Config;
  library: PromptLibrary;
  clock: Clock;
  logger: Logger;
}

export interface RunningBot extends Bot {
  core: Core;
  scheduler: Scheduler;
  whenIdle(): Promise<void>;
  /** Adapters connect their platform after the bot exists (they need the bot to dispatch to). */
  connect(platform: ChatPlatform): void;
}

/** Builds the core: one entry point for interactions and the scheduled jobs of every team. */
export function createBot(parts: BotParts): RunningBot {
  const platforms = new Map<Platform, ChatPlatform>();
  const outbox = new OutboxWorker({ db: parts.db, clock: parts.clock, logger: parts.logger });
  const core: Core = { ...parts, platforms, outbox };
  const tasks = {
    ...platformTasks(core),
    ...caseTasks(core),
    ...reflectionTasks(core),
    ...digestTasks(core),
    ...proposalTasks(core),
    ...escalationTasks(core),
    ...teamTasks(core),
  };
  for (const [kind, task] of Object.entries(tasks)) outbox.register(kind, task);
  const scheduler = new Scheduler({
    db: parts.db,
    clock: parts.clock,
    logger: parts.logger,
    graceMinutes: parts.config.schedule.graceMinutes,
  });
  const timezone = parts.config.timezone;
  for (const team of parts.config.teams) {
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
  if (parts.config.organisation) {
    const schedule = parts.config.organisation.digest.schedule;
    scheduler.add({ key: "digest:organisation", cron: schedule, timezone, isLatestOnly: true, run: (slot) => postOrganisationDigest(core, slot) });
    const mt = organisationTeam(core)!;
    scheduler.add({ key: "reflection:organisation", cron: mt.reflection!.schedule, timezone, isLatestOnly: true, run: (slot) => postPrompt(core, mt, slot) });
    const report = parts.config.organisation.report;
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
      const result = enforceRetention(parts.db, parts.config, parts.clock.now());
      const note = `answers ${result.answers}, closed cases ${result.closedCases}, audit ${result.auditEntries}, conversations ${result.conversations}`;
      return { status: "done", note };
    },
  });

  async function handle(interaction: Interaction): Promise<Reply> {
    const parsed = interactionSchema.safeParse(interaction);
    const failed: Reply = { kind: "notice", message: textMessage(dispatchTexts[parts.config.language].failed) };
    if (!parsed.success) {
      parts.logger.warn({ issues: parsed.error.issues.length }, "malformed interaction refused");
      return failed;
    }
    try {
      return await route(core, parsed.data as Interaction);
    } catch (error) {
      parts.logger.error({ err: error, kind: interaction.kind }, "interaction failed");
      return failed;
    }
  }

  return {
    core,
    scheduler,
    handle,
    whenIdle: () => outbox.whenIdle(),
    connect: (platform) => void platforms.set(platform.platform, platform),
  };
}
