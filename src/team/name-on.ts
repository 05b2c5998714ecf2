import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Language, Platform } from "../chat/vocabulary.ts";
import { parseUser } from "../chat/vocabulary.ts";
import { teamTexts } from "./team-texts.ts";

const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", msteams: "Teams", console: "de console" };

/** The person's name as this platform shows it; someone of another platform, or erased, as "a team lead". */
export async function nameOn(platform: ChatPlatform, actor: string | null, language: Language): Promise<string> {
  const user = actor ? parseUser(actor) : undefined;
  if (!user) return teamTexts[language].aLead;
  if (user.platform !== platform.platform) return teamTexts[language].aLeadOn(PLATFORM_NAMES[user.platform]);
  return (await platform.resolveUser(user)).displayName;
}
