import type { Readable } from "node:stream";
import type { Adapter, Bot } from "../../src/chat/adapter.ts";
import { ConsolePlatform } from "./console-platform.ts";
import { ConsoleSession, type ConsoleActions } from "./console-session.ts";

export interface ConsoleOptions {
  bot: Bot;
  actions: ConsoleActions;
  write: (text: string) => void;
  /** The people of the example organisation; the first one is who you start as. */
  people?: readonly string[];
  channel?: string;
  /** Where the digest's charts are written as PNG files (default ./data, next to the default database). */
  imageDirectory?: string;
}

export interface ConsoleAdapter extends Adapter {
  session: ConsoleSession;
  platform: ConsolePlatform;
  run(input: Readable): Promise<void>;
}

export function createConsoleAdapter(options: ConsoleOptions): ConsoleAdapter {
  const people = options.people ?? ["anna", "lisa", "bram", "sara", "omar"];
  const platform = new ConsolePlatform(options.write, people, options.imageDirectory);
  const session = new ConsoleSession(options.bot, platform, options.actions, options.write, {
    user: people[0]!,
    channel: options.channel ?? "#kcc",
  });
  return {
    platform,
    session,
    routes: [],
    start: async () => undefined,
    stop: async () => undefined,
    health: () => ({ platform: "console", isHealthy: true }),
    run: (input) => session.run(input),
  };
}
