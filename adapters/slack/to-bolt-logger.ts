import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "pino";

/**
 * Bolt and the WebClient log through this. Their info lines are routine, so they go to debug; message
 * bodies only ever appear in Bolt's debug lines.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack-sdk" });
  const line = (parts: unknown[]) => parts.map((part) => (part instanceof Error ? part.message : String(part))).join(" ");
  return {
    debug: (...parts) => child.debug(line(parts)),
    info: (...parts) => child.debug(line(parts)),
    warn: (...parts) => child.warn(line(parts)),
    error: (...parts) => child.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => (child.isLevelEnabled("debug") ? LogLevel.DEBUG : LogLevel.WARN),
    setName: () => undefined,
  };
}
