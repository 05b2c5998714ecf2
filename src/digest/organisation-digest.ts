import type { Core } from "../app/core.ts";
import type { Block, Message } from "../chat/vocabulary.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { formatDay } from "../time/format.ts";
import { isPublicHoliday } from "../time/holidays.ts";
import { casesDecided, casesOpened, casesWaiting, recurringRules, runStats, type Period } from "./digest-data.ts";
import { digestTexts } from "./digest-texts.ts";
import { ORGANISATION, recordDigest, type DigestTarget } from "./digest-effects.ts";

/** The MT's view: per team what was asked and learned, no individual answers, and the rode draden. */
export function buildOrganisationDigest(core: Core, period: Period): Message {
  const language = core.config.language;
  const t = digestTexts[language];
  const tz = core.config.timezone;
  const name = core.config.organisation?.name ?? "";
  const title = t.organisationHeading(name, `${formatDay(period.start, tz, language)} – ${formatDay(new Date(period.end.getTime() - 1), tz, language)}`);
  const lines = core.config.teams.map((team) => {
    const runs = runStats(core.db, team.key, period);
    const answers = runs.reduce((sum, run) => sum + run.answers, 0);
    const counts = t.caseCounts(casesOpened(core.db, team.key, period).length, casesDecided(core.db, team.key, period).length, casesWaiting(core.db, team.key, 0).count);
    return `- *${team.name}*: ${t.prompts(runs.length)}, ${t.answers(answers)}; ${counts}`;
  });
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "text", text: lines.join("\n") },
  ];
  const threads = recurringRules(core.db, 5);
  if (threads.length > 0) {
    blocks.push({ type: "text", text: `*${t.threadsHeading}*\n${threads.map((r) => `- ${t.threadLine(r.rule, r.cases, r.teams)}`).join("\n")}` });
  }
  blocks.push({ type: "context", text: t.footer });
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
