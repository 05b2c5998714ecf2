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
import { remindOpenPrompts } from "../reflection/remind-prompt.ts";
import { sendLogbookPrompts } from "../logbook/logbook.ts";
import { Scheduler } from "../scheduling/scheduler.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import { BackgroundWork } from "./background.ts";
import type { Core } from "./core.ts";

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
  const background = new BackgroundWork(parts.logger);
  const core: Core = { ...parts, platforms, background };
  const scheduler = new Scheduler({
    db: parts.db,
    clock: parts.clock,
    logger: parts.logger,
    graceMinutes: parts.config.schedule.graceMinutes,
  });
  const timezone = parts.config.timezone;
  for (const team of parts.config.teams) {
    if (team.reflection) {
      scheduler.add({ key: `reflection:${team.key}`, cron: team.reflection.schedule, timezone, run: (slot) => postPrompt(core, team, slot) });
    }
    if (team.digest) {
      scheduler.add({ key: `digest:${team.key}`, cron: team.digest.schedule, timezone, run: (slot) => postDigest(core, team, slot) });
    }
  }
  if (parts.config.organisation) {
    const schedule = parts.config.organisation.digest.schedule;
    scheduler.add({ key: "digest:organisation", cron: schedule, timezone, run: (slot) => postOrganisationDigest(core, slot) });
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
    run: async () => ({ status: "done", note: `reminded ${await remindOpenPrompts(core)}, closed ${await closeEndedPrompts(core)}` }),
  });
  scheduler.add({
    key: "logbook",
    cron: "*/15 * * * *",
    timezone,
    run: async (slot) => ({ status: "done", note: `sent ${await sendLogbookPrompts(core, slot)}` }),
  });
  scheduler.add({
    key: "retention",
    cron: "30 3 * * *",
    timezone,
    isLatestOnly: true,
    run: async () => {
      const result = enforceRetention(parts.db, parts.config.retention, parts.clock.now());
      return { status: "done", note: `answers ${result.answers}, closed cases ${result.closedCases}, audit ${result.auditEntries}` };
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
    whenIdle: () => background.whenIdle(),
    connect: (platform) => void platforms.set(platform.platform, platform),
  };
}
