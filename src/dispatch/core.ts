import type { Logger } from "pino";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Platform } from "../chat/vocabulary.ts";
import type { Config } from "../config/config-schema.ts";
import type { PromptLibrary } from "../reflection/prompt-library.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import type { OutboxWorker } from "../outbox/outbox-worker.ts";

/** Everything the use cases share: state, configuration, time and the connected platforms. */
export interface Core {
  db: Db;
  config: Config;
  library: PromptLibrary;
  clock: Clock;
  logger: Logger;
  platforms: ReadonlyMap<Platform, ChatPlatform>;
  /** Delivers what saved changes show on the platforms (written to the outbox with the change). */
  outbox: OutboxWorker;
}
