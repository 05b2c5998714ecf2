import type { Core } from "../dispatch/core.ts";
import { mayMoveCases, teamsLedBy } from "../cases/permissions.ts";
import { teamOfConversation } from "./team-targets.ts";
import type { Language, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { teamTexts } from "./team-texts.ts";

/** `rest` is the command's text after the team's key, as typed (pasted spaces and all, for the privacy guard). */
export type CommandTeam = { ok: true; team: TeamConfig; rest: string } | { ok: false; reply: Reply };

/**
 * The team a lead's command is about: the team whose channel it was typed in; elsewhere (a direct
 * message) the team named first ("kcc 2027-07-13 …"), or the one team the person leads.
 */
export function commandTeam(core: Core, user: UserRef, place: Place, text: string, language: Language): CommandTeam {
  const here = teamOfConversation(core, user.platform, place.conversationId);
  if (here) return { ok: true, team: here, rest: text };
  const first = text.split(/\s+/)[0] ?? "";
  const named = core.config.teams.find((team) => team.key === first.toLowerCase());
  if (named) return { ok: true, team: named, rest: text.slice(first.length).trim() };
  const led = teamsLedBy(core, user);
  if (led.length === 1) return { ok: true, team: led[0]!, rest: text };
  return { ok: false, reply: notice(teamTexts[language].whichTeam(core.config.teams.map((team) => team.key).join(", "))) };
}

/** Leads of the team and operators: the same people who may move its cases. */
export function isLeadOf(core: Core, team: TeamConfig, user: UserRef): boolean {
  return mayMoveCases(core, team, user);
}

export function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
