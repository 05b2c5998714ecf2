import type { Core } from "../dispatch/core.ts";
import type { Language, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { inTransaction } from "../storage/database.ts";
import { formatDate } from "../time/format.ts";
import { commandTeam, isLeadOf, notice } from "./command-team.ts";
import { dayPlus, readDay, today } from "./local-days.ts";
import { currentOrNextPause, endPauses, savePause } from "./pause-store.ts";
import { enqueueAnnouncement } from "./team-effects.ts";
import { teamTexts } from "./team-texts.ts";

/** Long enough for a summer, short enough that a typo in the year does not silence a team for good. */
export const MAX_PAUSE_DAYS = 120;
const STOP_WORDS = new Set(["stop", "uit", "hervat", "einde", "resume", "end", "off"]);
const FILLER_WORDS = new Set(["van", "tot", "t/m", "tm", "en", "met", "from", "until", "to", "-", "–"]);

/** `/casus pauze [TEAM] VAN TOT | tot TOT | stop`: a lead pauses the team's scheduled prompts (zomerstop). */
export function pauseCommand(core: Core, user: UserRef, place: Place, text: string, language: Language): Reply {
  const t = teamTexts[language];
  const chosen = commandTeam(core, user, place, text, language);
  if (!chosen.ok) return chosen.reply;
  const { team } = chosen;
  const words = chosen.rest.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return pauseStatus(core, team, language);
  if (!isLeadOf(core, team, user)) return notice(t.pauseOnlyLeads(team.name));
  if (words.some((word) => STOP_WORDS.has(word))) return stopPause(core, team, user, language);
  const dates = words.filter((word) => !FILLER_WORDS.has(word));
  if (dates.length < 1 || dates.length > 2) return notice(t.pauseUsage);
  const days = dates.map(readDay);
  const wrong = dates.find((_, index) => days[index] === undefined);
  if (wrong !== undefined) return notice(t.notADay(wrong));
  const now = core.clock.now();
  const day = today(now, core.config.timezone);
  const [startsOn, endsOn] = (days.length === 1 ? [day, days[0]] : days) as [string, string];
  if (startsOn < day) return notice(t.pauseInPast);
  if (endsOn < startsOn) return notice(t.pauseEndsBeforeStart);
  if (endsOn > dayPlus(startsOn, MAX_PAUSE_DAYS - 1)) return notice(t.pauseTooLong(MAX_PAUSE_DAYS));
  const by = formatUser(user);
  inTransaction(core.db, () => {
    savePause(core.db, { team: team.key, startsOn, endsOn, pausedBy: by }, day, dayPlus(day, -1), now);
    enqueueAnnouncement(core, team, by, { note: "paused", from: startsOn, to: endsOn });
  });
  core.outbox.kick();
  core.logger.info({ team: team.key, startsOn, endsOn }, "team paused");
  return notice(t.pausedNotice(team.name, showDay(core, startsOn, language), showDay(core, endsOn, language)));
}

/** `/casus hervat [TEAM]`: a lead ends the team's pause early. */
export function resumeCommand(core: Core, user: UserRef, place: Place, text: string, language: Language): Reply {
  const chosen = commandTeam(core, user, place, text, language);
  if (!chosen.ok) return chosen.reply;
  if (!isLeadOf(core, chosen.team, user)) return notice(teamTexts[language].pauseOnlyLeads(chosen.team.name));
  return stopPause(core, chosen.team, user, language);
}

function stopPause(core: Core, team: TeamConfig, user: UserRef, language: Language): Reply {
  const day = today(core.clock.now(), core.config.timezone);
  const by = formatUser(user);
  const isEnded = inTransaction(core.db, () => {
    if (endPauses(core.db, team.key, day, dayPlus(day, -1), by) === 0) return false;
    enqueueAnnouncement(core, team, by, { note: "resumed" });
    return true;
  });
  core.outbox.kick();
  if (isEnded) core.logger.info({ team: team.key }, "team pause ended");
  return notice(isEnded ? teamTexts[language].resumedNotice(team.name) : teamTexts[language].notPaused(team.name));
}

function pauseStatus(core: Core, team: TeamConfig, language: Language): Reply {
  const t = teamTexts[language];
  const pause = currentOrNextPause(core.db, team.key, today(core.clock.now(), core.config.timezone));
  if (!pause) return notice(`${t.notPaused(team.name)} ${t.pauseUsage}`);
  return notice(t.pauseStatus(team.name, showDay(core, pause.startsOn, language), showDay(core, pause.endsOn, language)));
}

function showDay(core: Core, day: string, language: Language): string {
  return formatDate(new Date(`${day}T12:00:00Z`), core.config.timezone, language);
}
