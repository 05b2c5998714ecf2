import type { UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Core } from "../dispatch/core.ts";

export function isOperator(core: Core, user: UserRef): boolean {
  return core.config.operators.includes(formatUser(user));
}

/** Leads of the team, and operators, may move its cases. */
export function mayMoveCases(core: Core, team: TeamConfig, user: UserRef): boolean {
  return team.leads.includes(formatUser(user)) || isOperator(core, user);
}

/** The teams a person leads, for the App Home and the next-prompt preview. */
export function teamsLedBy(core: Core, user: UserRef): TeamConfig[] {
  return core.config.teams.filter((team) => mayMoveCases(core, team, user));
}
