import type { Core } from "../dispatch/core.ts";
import { parseUser } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { CaseRecord } from "./case-model.ts";
import type { CaseNames } from "./case-message.ts";

/** Display names for a case's people, asked of the platform; names are never stored. */
export async function describeCaseNames(core: Core, record: CaseRecord, team: TeamConfig): Promise<CaseNames> {
  return {
    teamName: team.name,
    owner: record.owner ? await displayName(core, record.owner) : undefined,
    submitter: record.submitter ? await displayName(core, record.submitter) : undefined,
  };
}

export async function displayName(core: Core, userKey: string): Promise<string> {
  const user = parseUser(userKey);
  const platform = user && core.platforms.get(user.platform);
  if (!user || !platform) return userKey;
  try {
    return (await platform.resolveUser(user)).displayName;
  } catch {
    // A name is a courtesy; the id still tells a lead who it is.
    return user.id;
  }
}
