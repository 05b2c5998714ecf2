import { caseArgumentTexts } from "../cases/case-argument-texts.ts";
import { caseTexts } from "../cases/case-texts.ts";
import type { Language } from "../chat/vocabulary.ts";
import { proposalTexts } from "../proposals/proposal-texts.ts";
import { element, escapeHtml, inlineSvg } from "./html.ts";
import type { Figure } from "./report-charts.ts";
import type { DecidedCase, ProposalLine, ReportData } from "./report-data.ts";
import { REPORT_STYLE } from "./report-style.ts";
import { lookbackCounts, reportTexts } from "./report-texts.ts";

/** The decisions a sheet of paper holds; the rest are counted. */
const DECISIONS_SHOWN = 10;

export interface ReportPage {
  language: Language;
  isOrganisation: boolean;
  /** The team's or the organisation's name. */
  name: string;
  period: string;
  madeOn: string;
  data: ReportData;
  figures: Figure[];
}

/**
 * One self-contained HTML page: inline style and inline SVG, no scripts, no links to anything outside it.
 * Every text that comes from people or configuration is escaped.
 */
export function renderReport(page: ReportPage): string {
  const t = reportTexts[page.language];
  const title = t.documentTitle(page.name, page.period);
  const sections = [stories(page), decided(page), threads(page), proposals(page), lookbacks(page)];
  return `<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${element("title", title)}
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
<header>
${element("p", t.kicker, "kicker")}
${element("h1", page.name)}
${element("p", page.period, "period")}
${element("p", t.lead, "lead")}
${element("p", t.learning, "learning")}
</header>
<div class="sections">
${sections.join("\n")}
</div>
${figures(page)}
<footer>
${element("p", page.isOrganisation ? t.organisationFooter : t.teamFooter)}
${element("p", t.made(page.madeOn))}
</footer>
</main>
</body>
</html>
`;
}

function section(name: string, heading: string, body: string[], note?: string): string {
  return `<section class="${name}">\n${element("h2", heading)}\n${note ? `${element("p", note, "note")}\n` : ""}${body.join("\n")}\n</section>`;
}

function list(items: string[]): string {
  return `<ul class="items">\n${items.map((item) => `<li>${item}</li>`).join("\n")}\n</ul>`;
}

function stories(page: ReportPage): string {
  const t = reportTexts[page.language];
  const quotes = page.data.stories.map((story) => element("blockquote", story));
  return section("stories", t.storiesHeading, quotes.length > 0 ? quotes : [element("p", t.noStories)], t.storiesNote);
}

function decided(page: ReportPage): string {
  const t = reportTexts[page.language];
  const items = page.data.decided;
  if (items.length === 0) return section("decided", t.decidedHeading, [element("p", t.noDecided)]);
  const shown = list(items.slice(0, DECISIONS_SHOWN).map((item) => decision(item, page)));
  const more = items.length > DECISIONS_SHOWN ? [element("p", t.moreDecided(items.length - DECISIONS_SHOWN), "note")] : [];
  return section("decided", t.decidedHeading, [shown, ...more]);
}

function decision(item: DecidedCase, page: ReportPage): string {
  const t = reportTexts[page.language];
  const c = caseTexts[page.language];
  const a = caseArgumentTexts[page.language];
  const values = [...item.publicValues.map((value) => a.publicValue[value]), ...(item.otherValues ? [item.otherValues] : [])];
  const meta = [
    ...(page.isOrganisation ? [item.teamName] : []),
    ...(item.decisionLevel ? [`${t.level}: ${a.decisionLevel[item.decisionLevel]}`] : []),
    ...(values.length > 0 ? [`${t.weighed}: ${values.join(", ")}`] : []),
    t.after(item.workingDays),
  ];
  return [
    `${element("span", item.reference, "ref")} ${escapeHtml(item.title)}`,
    element("div", item.outcome ? c.outcome[item.outcome] : c.status.decided, "outcome"),
    element("div", meta.join(" · "), "meta"),
    element("p", item.reasons, "reasons"),
  ].join("\n");
}

function threads(page: ReportPage): string {
  const t = reportTexts[page.language];
  const items = page.data.threads.map((thread) => `${element("span", `“${thread.rule}”`, "ref")}\n${element("div", t.threadLine(thread.inPeriod, thread.cases, thread.teams), "meta")}`);
  return section("threads", t.threadsHeading, items.length > 0 ? [list(items)] : [element("p", t.noThreads)], t.threadsNote);
}

function proposals(page: ReportPage): string {
  const t = reportTexts[page.language];
  const items = page.data.proposals.map((proposal) => proposalItem(proposal, page.language));
  return section("proposals", t.proposalsHeading, items.length > 0 ? [list(items)] : [element("p", t.noProposals)]);
}

function proposalItem(proposal: ProposalLine, language: Language): string {
  const t = reportTexts[language];
  return [
    `${element("span", proposal.reference, "ref")} ${escapeHtml(proposal.rule)}`,
    element("div", proposalTexts[language].status[proposal.status], "outcome"),
    element("div", t.proposalTo(proposal.addressee, t.carries(proposal.cases, proposal.teams)), "meta"),
    ...(proposal.answer ? [element("p", proposal.answer, "reasons")] : []),
  ].join("\n");
}

function lookbacks(page: ReportPage): string {
  const t = reportTexts[page.language];
  const tally = page.data.lookbacks;
  if (tally.answered === 0) return section("lookbacks", t.lookbackHeading, [element("p", t.noLookbacks)], t.lookbackNote);
  const rows = [
    `<dl class="tally">`,
    element("dt", t.helped),
    element("dd", lookbackCounts(tally, "helped", page.language)),
    element("dt", t.ruleChanged),
    element("dd", lookbackCounts(tally, "ruleChanged", page.language)),
    `</dl>`,
  ];
  return section("lookbacks", t.lookbackHeading, [element("p", t.lookbackAnswered(tally.answered)), rows.join("\n")], t.lookbackNote);
}

function figures(page: ReportPage): string {
  const t = reportTexts[page.language];
  const shown = page.figures.map((figure) => `<figure>\n${inlineSvg(figure.svg, figure.alt)}\n${element("figcaption", figure.alt)}\n</figure>`);
  if (page.data.decided.length === 0) shown.push(element("p", t.noDecisionsChart, "note"));
  return `<section class="figures-section">\n${element("h2", t.chartsHeading)}\n<div class="figures">\n${shown.join("\n")}\n</div>\n</section>`;
}
