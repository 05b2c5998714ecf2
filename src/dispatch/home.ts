import type { Core } from "./core.ts";
import { teamsLedBy } from "../cases/permissions.ts";
import type { Block, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import { myOpenCases } from "../cases/case-status.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { findSubscription } from "../logbook/logbook-store.ts";
import { logbookTexts } from "../logbook/logbook-texts.ts";
import { countAnswersSince } from "../reflection/answer-store.ts";
import { currentCycle } from "../reflection/prompt-run-store.ts";
import { pickNextPrompt } from "../reflection/rotation.ts";
import { careLine, promptText } from "../reflection/prompt-text.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { storageText } from "./storage-text.ts";
import { learningTexts } from "../proposals/learning-texts.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import type { Language } from "../chat/vocabulary.ts";
import { formatDate } from "../time/format.ts";
import { today } from "../team/local-days.ts";
import { currentOrNextPause } from "../team/pause-store.ts";
import { findPurpose } from "../team/purpose-store.ts";
import { teamTexts } from "../team/team-texts.ts";

/** The person's own page (Slack App Home, Teams personal chat, console `/home`). */
export function showHome(core: Core, user: UserRef): Reply {
  const language = core.config.language;
  const t = dispatchTexts[language];
  const c = caseTexts[language];
  const blocks: Block[] = [
    { type: "heading", text: t.homeHeading },
    { type: "text", text: t.homeIntro },
    {
      type: "buttons",
      buttons: [
        { label: t.newCaseButton, action: "case.new", style: "primary" },
        // What lies open beyond the teams: proposals and escalations, with their age (src/proposals/register.ts).
        { label: learningTexts[language].registerButton, action: "register.show" },
      ],
    },
    { type: "divider" },
  ];
  const cases = myOpenCases(core, user);
  const caseLines = cases.map((item) => `- *${item.reference}* ${item.title} (${c.status[item.status]})`);
  blocks.push({ type: "text", text: `*${t.myCases}*\n${caseLines.length ? caseLines.join("\n") : t.noCases}` });
  const weekAgo = new Date(core.clock.now().getTime() - 7 * 86_400_000).toISOString();
  const answers = countAnswersSince(core.db, formatUser(user), weekAgo);
  blocks.push({ type: "context", text: t.answersThisWeek(answers) });
  const l = logbookTexts[language];
  const logbook = findSubscription(core.db, formatUser(user));
  blocks.push(
    { type: "text", text: logbook ? l.homeOn(l.weekdays[logbook.weekday]!, logbook.time) : l.homeOff },
    { type: "buttons", buttons: [logbook ? { label: l.turnOff, action: "logbook.off" } : { label: l.turnOn, action: "logbook.on" }] },
  );
  for (const team of teamsLedBy(core, user)) {
    if (!team.reflection) continue;
    const change = team.reflection.change;
    const next = pickNextPrompt(core.library, team.reflection.themes, currentCycle(core.db, team.key), { change });
    if (next) blocks.push({ type: "context", text: t.nextPrompt(team.name, promptText(next.prompt, language, change)) });
    blocks.push({ type: "context", text: teamLines(core, team, language) });
  }
  const care = careLine(core, language);
  if (care) blocks.push({ type: "context", text: care });
  blocks.push({ type: "divider" }, { type: "text", text: storageText(core, language) });
  return { kind: "show-home", message: { text: t.homeHeading, blocks } };
}

/** For a lead: the team's bedoeling (or how to set it) and its pause, if one is on or coming. */
function teamLines(core: Core, team: TeamConfig, language: Language): string {
  const t = teamTexts[language];
  const purpose = findPurpose(core.db, team.key);
  const pause = currentOrNextPause(core.db, team.key, today(core.clock.now(), core.config.timezone));
  const day = (key: string) => formatDate(new Date(`${key}T12:00:00Z`), core.config.timezone, language);
  const lines = [purpose ? t.currentPurpose(team.name, purpose.text) : t.noPurpose(team.name)];
  if (pause) lines.push(t.pauseStatus(team.name, day(pause.startsOn), day(pause.endsOn)));
  return lines.join("\n");
}
