import type { Core } from "../dispatch/core.ts";
import type { Block, Message } from "../chat/vocabulary.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { formatDay } from "../time/format.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { findTeam } from "../team/find-team.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { workingDaysBetween } from "../time/holidays.ts";
import { casesDecided, escalatedCases, highlights, recurringRules, type Period } from "./digest-queries.ts";
import { digestTexts } from "./digest-texts.ts";
import { escalationTerms, learningLines } from "../proposals/learning-digest.ts";
import { learningTexts } from "../proposals/learning-texts.ts";
import { ORGANISATION, recordDigest, type DigestTarget } from "./digest-effects.ts";

/**
 * The MT's view, without a control layer (seeds-brief §6: no participation figures per team, no
 * ranking): it leads with what waits for the MT, then decisions with their reasoning, the rode draden
 * across teams, and stories shared with consent. Participation stays with each team's own digest.
 */
export function buildOrganisationDigest(core: Core, period: Period): Message {
  const language = core.config.language;
  const t = digestTexts[language];
  const c = caseTexts[language];
  const tz = core.config.timezone;
  const name = core.config.organisation?.name ?? "";
  const title = t.organisationHeading(name, `${formatDay(period.start, tz, language)} – ${formatDay(new Date(period.end.getTime() - 1), tz, language)}`);
  const blocks: Block[] = [{ type: "heading", text: title }];
  const teamName = (key: string) => findTeam(core, key)?.name ?? key;

  // What became of what went beyond the teams leads (seeds-brief §5.1: decisions recorded back, "in de week gelegd").
  const learning = learningLines(core, period, language);
  if (learning.length > 0) blocks.push({ type: "text", text: `*${learningTexts[language].heading}*\n${learning.join("\n")}` });
  const waiting = escalatedCases(core.db, 10).map((record) => {
    const days = workingDaysBetween(new Date(record.lastMovedAt), period.end, tz);
    const line = `- ${t.escalationLine(record.reference, record.title, teamName(record.team), record.escalatedTo ?? "", days)}${escalationTerms(core, record.id, language)}`;
    return `${line}\n  _${record.escalationQuestion ?? ""}_`;
  });
  blocks.push({ type: "text", text: `*${t.forMtHeading}*\n${waiting.length ? waiting.join("\n") : t.nothingForMt}` });

  const decided = core.config.teams.flatMap((team) => casesDecided(core.db, team.key, period)).slice(0, 10);
  if (decided.length > 0) {
    const lines = decided.map((record) => `- *${record.reference}* ${record.title} (${teamName(record.team)}): ${record.outcome ? c.outcome[record.outcome] : ""} — ${record.reasons ?? ""}`);
    blocks.push({ type: "text", text: `*${t.decidedHeading}*\n${lines.join("\n")}` });
  }
  const threads = recurringRules(core.db, 5);
  if (threads.length > 0) {
    blocks.push({ type: "text", text: `*${t.threadsHeading}*\n${threads.map((r) => `- ${t.threadLine(r.rule, r.cases, r.teams)}`).join("\n")}` });
  }
  const stories = core.config.teams.flatMap((team) => highlights(core.db, team.key, period, 2)).slice(0, 5);
  if (stories.length > 0) blocks.push({ type: "text", text: `*${t.highlightsHeading}*\n${stories.map((story) => `> ${story.text}`).join("\n")}` });
  blocks.push({ type: "context", text: t.organisationFooter });
  return { text: title, blocks };
}

export async function postOrganisationDigest(core: Core, slot?: Slot): Promise<JobOutcome> {
  const organisation = core.config.organisation;
  if (!organisation) return { status: "skipped", note: "no organisation digest configured" };
  const end = slot?.at ?? core.clock.now();
  if (slot && core.config.schedule.skipPublicHolidays && isPublicHoliday(end, core.config.timezone)) {
    return { status: "skipped", note: "public holiday" };
  }
  const period = { start: new Date(end.getTime() - 7 * 86_400_000), end };
  const message = buildOrganisationDigest(core, period);
  const targets: DigestTarget[] = [];
  for (const platform of core.platforms.values()) {
    const channel = organisation[platform.platform]?.channel ?? (platform.platform === "console" ? "#mt" : undefined);
    if (channel) targets.push({ platform: platform.platform, channel });
  }
  // Recorded per slot and platform like the teams' digests: a retried slot posts only what is missing.
  recordDigest(core, ORGANISATION, slot?.key ?? null, period, message, targets);
  await core.outbox.whenIdle();
  return { status: "done" };
}
