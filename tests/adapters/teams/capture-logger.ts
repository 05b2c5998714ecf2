import pino, { type Logger } from "pino";

/** A real pino logger whose JSON lines are kept for the test to read. */
export function captureLogger(): { logger: Logger; lines: { level: number; msg: string; [key: string]: unknown }[] } {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

export const WARN = 40;
