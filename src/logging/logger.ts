import pino, { type DestinationStream, type Logger } from "pino";

/**
 * JSON lines on stdout. Message and case text never go into log fields at info level; secrets are
 * redacted in case an SDK object carrying them is logged by mistake.
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
