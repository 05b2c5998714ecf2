import type { Config } from "../config/config-schema.ts";
import { PLATFORMS } from "../chat/vocabulary.ts";

/** Every channel the configuration names (teams' channels and triage channels, the organisation's, addressees'), as "platform id". */
export function configuredChannels(config: Pick<Config, "teams" | "organisation"> & Partial<Pick<Config, "addressees">>): string[] {
  const channels = new Set<string>();
  for (const platform of PLATFORMS) {
    for (const team of config.teams) {
      const where = team[platform];
      if (!where) continue;
      channels.add(`${platform} ${where.channel}`);
      if (where.triageChannel) channels.add(`${platform} ${where.triageChannel}`);
    }
    const organisation = config.organisation?.[platform];
    if (organisation) channels.add(`${platform} ${organisation.channel}`);
    for (const addressee of config.addressees ?? []) {
      const where = addressee[platform];
      if (where) channels.add(`${platform} ${where.channel}`);
    }
  }
  return [...channels];
}
