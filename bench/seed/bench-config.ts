import type { Config } from "../../src/config/config-schema.ts";
import { parseConfig } from "../../src/config/load-config.ts";
import type { PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { localParts } from "../../src/time/local-time.ts";

export interface OrganisationShape {
  teams: number;
  membersPerTeam: number;
}

export const teamKey = (index: number) => `t${String(index + 1).padStart(3, "0")}`;
export const slackChannel = (index: number) => `C0T${String(index + 1).padStart(4, "0")}`;
export const slackTriage = (index: number) => `C0G${String(index + 1).padStart(4, "0")}`;
export const teamsChannel = (index: number) => `19:${teamKey(index)}@thread.tacv2`;
/** Member m of team t; the first two of every team are its leads. */
export const personId = (team: number, member: number) => `U${String(team + 1).padStart(3, "0")}M${String(member + 1).padStart(3, "0")}`;

/**
 * The benchmark organisation's configuration: N teams, each with Slack and Teams channels and two
 * leads, prompts on Monday 09:00 and digests on Friday 16:00, drawing from every theme.
 */
export function benchConfig(shape: OrganisationShape, library: PromptLibrary): Config {
  const themes = library.themes.map((theme) => theme.key);
  const teams = Array.from({ length: shape.teams }, (_, index) => ({
    key: teamKey(index),
    name: `Team ${String(index + 1).padStart(3, "0")}`,
    slack: { channel: slackChannel(index), triageChannel: slackTriage(index) },
    msteams: { channel: teamsChannel(index) },
    leads: [`slack:${personId(index, 0)}`, `slack:${personId(index, 1)}`],
    reflection: { schedule: "0 9 * * 1", themes, visibility: index % 10 < 7 ? "team" : "private" },
    digest: { schedule: "0 16 * * 5" },
  }));
  const result = parseConfig({ timezone: "Europe/Amsterdam", language: "nl", teams });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.config;
}

/**
 * The same organisation with prompts and digests on a weekday three days from `now`, so that a bot
 * started on it for a latency measurement has no scheduled work of its own to do meanwhile.
 */
export function withQuietSchedules(config: Config, now: Date): Config {
  const today = localParts(now, config.timezone);
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 3) % 7;
  const teams = config.teams.map((team) => ({
    ...team,
    reflection: team.reflection ? { ...team.reflection, schedule: `0 9 * * ${weekday}` } : undefined,
    digest: team.digest ? { schedule: `0 16 * * ${weekday}` } : undefined,
  }));
  return { ...config, teams };
}
