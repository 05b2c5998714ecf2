import type { Core } from "../dispatch/core.ts";
import { languageOf } from "../team/find-team.ts";
import { parseUser } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { localDateKey } from "../time/local-time.ts";
import { pauseOn } from "../team/pause-store.ts";
import { nextPersonalPrompt, personalPromptMessage, sendPersonalPrompt } from "./personal-prompts.ts";
import { reflectionTexts } from "./reflection-texts.ts";

/**
 * A teamleider prompt for each of the team's leads, privately, on the team's lead schedule: answered
 * and kept like a logbook entry, never shown to the team. Employees never get these.
 */
export async function sendLeadPrompts(core: Core, team: TeamConfig, slot: Slot): Promise<JobOutcome> {
  if (core.config.schedule.skipPublicHolidays && isPublicHoliday(slot.at, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  if (pauseOn(core.db, team.key, localDateKey(slot.at, core.config.timezone))) return { status: "skipped", note: "paused" };
  const language = languageOf(core, team);
  const t = reflectionTexts[language];
  const change = team.reflection?.change;
  let sent = 0;
  for (const lead of team.leads) {
    const user = parseUser(lead);
    const prompt = user && nextPersonalPrompt(core, lead, "lead", ["lead"], change);
    if (!user || !prompt) continue;
    const message = () => personalPromptMessage(core, prompt, language, t.leadHeading, t.writeButton, change, { kind: "lead", team: team.key });
    if (sendPersonalPrompt(core, user, "lead", slot.key, message, prompt)) sent += 1;
  }
  await core.outbox.whenIdle();
  return { status: "done", note: `sent ${sent}` };
}
