import type { Logger } from "pino";
import type { Bot } from "../chat/adapter.ts";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Platform } from "../chat/vocabulary.ts";
import type { Config } from "../config/config-schema.ts";
import { handleInteraction } from "../dispatch/handle-interaction.ts";
import { addScheduledJobs } from "./scheduled-jobs.ts";
import type { PromptLibrary } from "../reflection/prompt-library.ts";
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
import { proposalTasks } from "../proposals/proposal-effects.ts";
import type { Core } from "../dispatch/core.ts";

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
  addScheduledJobs(core, scheduler);

  return {
    core,
    scheduler,
    handle: (interaction) => handleInteraction(core, interaction),
    whenIdle: () => outbox.whenIdle(),
    connect: (platform) => void platforms.set(platform.platform, platform),
  };
}
