import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Platform } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Core } from "../dispatch/core.ts";

export interface TeamTarget {
  platform: ChatPlatform;
  channel: string;
  triageChannel: string;
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

function channelsOn(team: TeamConfig, platform: Platform): { channel: string; triageChannel?: string } | undefined {
  if (platform === "slack") return team.slack;
  if (platform === "msteams") return team.msteams;
  // The console needs no set-up: every team gets a #key and a #key-garage channel there.
  return team.console ?? { channel: `#${team.key}`, triageChannel: `#${team.key}-garage` };
}
