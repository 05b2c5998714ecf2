import type { Language } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Core } from "../dispatch/core.ts";

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
