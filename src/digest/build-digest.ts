import type { Core } from "../dispatch/core.ts";
import { languageOf } from "../team/find-team.ts";
import { teamTargets } from "../team/team-targets.ts";
import type { Block, Message } from "../chat/vocabulary.ts";
import { clip } from "../cases/case-message.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { teamCharts } from "../charts/digest-charts.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { formatDay } from "../time/format.ts";
import { workingDaysBetween } from "../time/holidays.ts";
import { casesDecided, casesOpened, casesWaiting, highlights, recurringRules, runStats, weeklyParticipants, type Period } from "./digest-queries.ts";
import { digestTexts } from "./digest-texts.ts";
import { sparkline } from "./sparkline.ts";
import { learningLines } from "../proposals/learning-digest.ts";
import { learningTexts } from "../proposals/learning-texts.ts";
import { weeksEndingAt } from "../charts/chart-weeks.ts";
import { findPurpose } from "../team/purpose-store.ts";
import { pausedWeeks } from "../team/paused-weeks.ts";
import { markPaused, pausesInPeriod, showDay } from "../team/pause-digest.ts";

/** The weekly digest of one team, built from the database. */
export async function buildDigest(core: Core, team: TeamConfig, period: Period): Promise<Message> {
  const language = languageOf(core, team);
  const t = digestTexts[language];
  const c = caseTexts[language];
  const tz = core.config.timezone;
  const title = t.heading(team.name, `${formatDay(period.start, tz, language)} – ${formatDay(new Date(period.end.getTime() - 1), tz, language)}`);
  const blocks: Block[] = [{ type: "heading", text: title }];
  const purpose = findPurpose(core.db, team.key);
  if (purpose) blocks.push({ type: "context", text: t.purposeLine(purpose.text) });

  const runs = runStats(core.db, team.key, period);
  const answerTotal = runs.reduce((sum, run) => sum + run.answers, 0);
  const members = await memberCount(core, team);
  const reflection: string[] = [];
  const pauses = pausesInPeriod(core, team.key, period).map((pause) => t.pausedPeriod(showDay(core, pause.startsOn, language), showDay(core, pause.endsOn, language)));
  if (runs.length === 0) reflection.push(...(pauses.length > 0 ? pauses : [t.noPrompts]));
  else {
    reflection.push(...pauses);
    const rate = members && runs.length ? Math.round((answerTotal / (members * runs.length)) * 100) : undefined;
    reflection.push(`${t.prompts(runs.length)} · ${t.answers(answerTotal)}${rate !== undefined ? ` (${t.rate(rate, members!)})` : ""}`);
  }
  const trend = weeklyParticipants(core.db, team.key, period.end, 8);
  const trendPaused = pausedWeeks(core.db, team.key, weeksEndingAt(period.end, trend.length, tz, language), tz);
  const trendLine = markPaused(sparkline(trend), trendPaused);
  reflection.push(`${t.trend(trendLine, trend[trend.length - 1] ?? 0)}${trendPaused.some(Boolean) ? ` ${t.trendPausedLegend}` : ""}`);
  blocks.push({ type: "text", text: `*${t.reflection}*\n${reflection.map((line) => `- ${line}`).join("\n")}` });
  const charts = await teamCharts(core, team.key, period.end, members, language);
  blocks.push(charts.participation);

  const shared = highlights(core.db, team.key, period, 3);
  if (shared.length > 0) {
    blocks.push({ type: "text", text: `*${t.highlightsHeading}*\n${shared.map((h) => `> ${clip(h.text, 280)}`).join("\n")}` });
  }

  const opened = casesOpened(core.db, team.key, period);
  const decided = casesDecided(core.db, team.key, period);
  const waiting = casesWaiting(core.db, team.key, 10);
  const caseLines = [t.caseCounts(opened.length, decided.length, waiting.count)];
  const fromReflection = opened.filter((item) => item.sourceAnswerId !== null).length;
  if (fromReflection > 0) caseLines.push(t.fromReflection(fromReflection));
  blocks.push({ type: "text", text: `*${t.cases}*\n${caseLines.join("\n")}` });
  blocks.push(charts.caseFlow);
  if (decided.length > 0) {
    const lines = decided.map((item) => `- *${item.reference}* ${item.title}: ${item.outcome ? c.outcome[item.outcome] : ""} — ${clip(item.reasons ?? "", 240)}`);
    blocks.push({ type: "text", text: `*${t.decidedHeading}*\n${lines.join("\n")}` });
  }
  if (waiting.count > 0) {
    const limit = core.config.cases.nudgeAfterWorkingDays;
    const lines = waiting.oldest.map((item) => {
      const days = workingDaysBetween(new Date(item.lastMovedAt), period.end, tz);
      const line = t.waitingLine(item.reference, item.title, c.status[item.status], days);
      return `- ${line}${days >= limit ? ` — ${t.overdue}` : ""}`;
    });
    blocks.push({ type: "text", text: `*${t.waitingHeading}*\n${lines.join("\n")}` });
  }
  const learning = learningLines(core, period, language, team.key);
  if (learning.length > 0) blocks.push({ type: "text", text: `*${learningTexts[language].heading}*\n${learning.join("\n")}` });
  const threads = recurringRules(core.db, 3);
  if (threads.length > 0) {
    blocks.push({ type: "text", text: `*${t.threadsHeading}*\n${threads.map((r) => `- ${t.threadLine(r.rule, r.cases, r.teams)}`).join("\n")}` });
  }
  blocks.push({ type: "context", text: t.footer });
  return { text: title, blocks };
}

async function memberCount(core: Core, team: TeamConfig): Promise<number | undefined> {
  let best: number | undefined;
  for (const target of teamTargets(core, team)) {
    const count = await target.platform.countMembers(target.channel);
    if (count !== undefined) best = Math.max(best ?? 0, count);
  }
  return best;
}
