import { dirname, join } from "node:path";
import pino, { type DestinationStream, type Logger } from "pino";
import type { Language } from "../chat/vocabulary.ts";

/**
 * JSON lines on stdout, or on the given destination. Message and case text never go into log fields at
 * info level; secrets are redacted in case an SDK object carrying them is logged by mistake.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "bedoeling-bot" },
      redact: {
        paths: [
          "token",
          "*.token",
          "botToken",
          "*.botToken",
          "appToken",
          "signingSecret",
          "*.signingSecret",
          "appPassword",
          "*.appPassword",
          "authorization",
          "*.authorization",
          "headers.authorization",
          "*.headers.authorization",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** In console mode the terminal is the conversation, so the log goes to a file beside the database. */
export function consoleLogPath(databasePath: string): string {
  return join(dirname(databasePath), "bedoeling.log");
}

/**
 * Appends to the file, creating it (and its folder) readable by its owner only: the lines hold user ids.
 * Synchronous writes, so that no line is lost when the console session ends with process.exit.
 */
export function openLogFile(path: string): DestinationStream {
  return pino.destination({ dest: path, mkdir: true, append: true, mode: 0o600, sync: true });
}

/** The one line the console prints at start, so the log can be found. */
export function logFileNotice(path: string, language: Language): string {
  return language === "en" ? `Technical log (JSON lines): ${path}` : `Technische log (JSON-regels): ${path}`;
}
