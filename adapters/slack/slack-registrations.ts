/**
 * What the adapter listens for, as data: the slash command, the shortcuts and the events. manifest.json
 * must declare exactly these (tests/manifest.test.ts holds the two together).
 */
export const SLACK_REGISTRATIONS = {
  slashCommands: ["/casus"],
  messageShortcuts: ["case_from_message"],
  globalShortcuts: [] as string[],
  botEvents: ["app_home_opened"],
} as const;
