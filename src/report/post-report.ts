import type { Core } from "../dispatch/core.ts";
import type { Message } from "../chat/vocabulary.ts";
import { recordDigest, type DigestTarget } from "../digest/digest-effects.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import type { JobOutcome } from "../scheduling/scheduler.ts";
import { localParts } from "../time/local-time.ts";
import { buildReport, type BuiltReport } from "./build-report.ts";
import { lastFullQuarter, periodArguments, type ReportPeriod } from "./report-period.ts";
import { reportTexts } from "./report-texts.ts";

/** The poster's runs share the digests' ledger (digest_runs, digest_posts) under a key of their own. */
export const REPORT_KEY = "@organisation-report";

/**
 * The organisation's poster of the quarter that ended last, posted once per slot to the organisation
 * channel on every platform: a short summary with the page as a file. Not skipped on a public holiday,
 * unlike a digest: a skipped quarter would not come again.
 */
export async function postQuarterlyReport(core: Core, slot?: Slot): Promise<JobOutcome> {
  const organisation = core.config.organisation;
  if (!organisation) return { status: "skipped", note: "no organisation configured" };
  const now = slot?.at ?? core.clock.now();
  const period = lastFullQuarter(now, core.config.timezone);
  const report = await buildReport({ db: core.db, config: core.config }, { kind: "organisation" }, period, now);
  const targets: DigestTarget[] = [];
  for (const platform of core.platforms.values()) {
    const channel = organisation[platform.platform]?.channel ?? (platform.platform === "console" ? "#mt" : undefined);
    if (channel) targets.push({ platform: platform.platform, channel });
  }
  recordDigest(core, REPORT_KEY, slot?.key ?? null, period, reportMessage(report, period, core.config.timezone), targets);
  await core.outbox.whenIdle();
  return { status: "done" };
}

/** The summary people read in the channel, with the page as a file (or, where a platform cannot take one, how to get it). */
export function reportMessage(report: BuiltReport, period: ReportPeriod, timezone: string): Message {
  const t = reportTexts[report.language];
  const heading = t.documentTitle(report.name, report.period);
  const start = localParts(period.start, timezone);
  const label = `${start.year}-${report.language === "nl" ? "k" : "q"}${Math.floor((start.month - 1) / 3) + 1}`;
  const command = `npm run cli -- report --organisation ${periodArguments(period, timezone)} --out ${t.fileName(label)}`;
  return {
    text: `${heading}: ${report.summary}`,
    blocks: [
      { type: "heading", text: heading },
      { type: "text", text: `${report.summary}\n${t.learning}` },
      { type: "context", text: t.fileNote },
      {
        type: "file",
        filename: t.fileName(label),
        mediaType: "text/html",
        content: Buffer.from(report.html, "utf8").toString("base64"),
        title: heading,
        text: t.fileElsewhere(command),
      },
    ],
  };
}
