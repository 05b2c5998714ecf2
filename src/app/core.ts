import type { Logger } from "pino";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Language, Platform, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import type { Config, TeamConfig } from "../config/config-schema.ts";
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

export interface TeamTarget {
  platform: ChatPlatform;
  channel: string;
  triageChannel: string;
}

/** The organisation's MT channel is kept like a team of its own under this key (its prompts and digests). */
export const ORGANISATION = "@organisation";

export function findTeam(core: Core, key: string): TeamConfig | undefined {
  if (key === ORGANISATION) return organisationTeam(core);
  return core.config.teams.find((team) => team.key === key);
}

/** The MT as a team: its channel on each platform, MT prompts on the organisation's schedule. */
export function organisationTeam(core: Core): TeamConfig | undefined {
  const organisation = core.config.organisation;
  if (!organisation) return undefined;
  const themes = core.library.themes.map((theme) => theme.key);
  return {
    key: ORGANISATION,
    name: organisation.name,
    slack: organisation.slack,
    msteams: organisation.msteams,
    console: organisation.console ?? { channel: "#mt" },
    leads: [],
    reflection: { schedule: organisation.reflection.schedule, themes, visibility: "team", openDays: 6, leadSchedule: "0 10 1-7 * 2" },
  };
}

export function languageOf(core: Core, team?: TeamConfig): Language {
  return team?.language ?? core.config.language;
}

export function isOperator(core: Core, user: UserRef): boolean {
  return core.config.operators.includes(formatUser(user));
}

/** Leads of the team, and operators, may move its cases. */
export function mayMoveCases(core: Core, team: TeamConfig, user: UserRef): boolean {
  return team.leads.includes(formatUser(user)) || isOperator(core, user);
}

/** The channels of a team on every connected platform where the team has one. */
export function teamTargets(core: Core, team: TeamConfig): TeamTarget[] {
  const targets: TeamTarget[] = [];
  for (const platform of core.platforms.values()) {
    const channels = channelsOn(team, platform.platform);
    if (channels) targets.push({ platform, channel: channels.channel, triageChannel: channels.triageChannel ?? channels.channel });
  }
  return targets;
}

/** The team whose prompt or triage channel this is, to preselect it in a form. */
export function teamOfConversation(core: Core, platform: Platform, conversationId: string | undefined): TeamConfig | undefined {
  if (!conversationId) return undefined;
  return core.config.teams.find((team) => {
    const channels = channelsOn(team, platform);
    return channels?.channel === conversationId || channels?.triageChannel === conversationId;
  });
}

/** The teams a person leads, for the App Home and the next-prompt preview. */
export function teamsLedBy(core: Core, user: UserRef): TeamConfig[] {
  return core.config.teams.filter((team) => mayMoveCases(core, team, user));
}

function channelsOn(team: TeamConfig, platform: Platform): { channel: string; triageChannel?: string } | undefined {
  if (platform === "slack") return team.slack;
  if (platform === "msteams") return team.msteams;
  // The console needs no set-up: every team gets a #key and a #key-garage channel there.
  return team.console ?? { channel: `#${team.key}`, triageChannel: `#${team.key}-garage` };
}
