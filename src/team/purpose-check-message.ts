import type { Core } from "../dispatch/core.ts";
import { languageOf } from "./find-team.ts";
import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Block, Message } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { formatDay } from "../time/format.ts";
import { findPurpose } from "./purpose-store.ts";
import { nameOn } from "./name-on.ts";
import { teamTexts } from "./team-texts.ts";

/**
 * "Klopt onze bedoeling nog?": the bedoeling with "Klopt nog" and "Aanpassen" while the question is
 * open; once a lead answered, who did and when (a new bedoeling shows as the text itself).
 */
export async function purposeCheckMessage(core: Core, team: TeamConfig, quarter: string, platform: ChatPlatform): Promise<Message> {
  const language = languageOf(core, team);
  const t = teamTexts[language];
  const purpose = findPurpose(core.db, team.key);
  const blocks: Block[] = [
    { type: "heading", text: t.checkHeading },
    { type: "text", text: t.checkText(purpose?.text ?? "") },
  ];
  const isOpen = purpose?.checkedQuarter === quarter && purpose.confirmedAt === null;
  if (isOpen) {
    blocks.push({ type: "context", text: t.checkHint });
    const value = `${team.key}|${quarter}`;
    blocks.push({
      type: "buttons",
      buttons: [
        { label: t.keepButton, action: "purpose.keep", value, style: "primary" },
        { label: t.changeButton, action: "purpose.change", value },
      ],
    });
  } else if (purpose?.confirmedAt) {
    const name = await nameOn(platform, purpose.confirmedBy, language);
    const day = formatDay(new Date(purpose.confirmedAt), core.config.timezone, language);
    blocks.push({ type: "context", text: purpose.confirmedAt === purpose.setAt ? t.changedLine(name, day) : t.confirmedLine(name, day) });
  }
  return { text: `${t.checkHeading} ${purpose?.text ?? ""}`, blocks };
}
