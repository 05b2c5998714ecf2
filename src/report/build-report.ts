import type { Language } from "../chat/vocabulary.ts";
import { isProposalOpen } from "../proposals/proposal-model.ts";
import { formatDate } from "../time/format.ts";
import { reportFigures } from "./report-charts.ts";
import { readReportData, type ReportScope, type ReportSource } from "./report-data.ts";
import { describePeriod, type ReportPeriod } from "./report-period.ts";
import { reportTexts } from "./report-texts.ts";
import { renderReport } from "./render-report.ts";

export interface BuiltReport {
  html: string;
  language: Language;
  /** The team's or the organisation's name, and the period as people read it. */
  name: string;
  period: string;
  /** One line of what the page holds, for the post that carries it and for the operator. */
  summary: string;
}

/** The poster of one team or of the organisation over a period: read, drawn and written as one HTML page. */
export async function buildReport(source: ReportSource, scope: ReportScope, period: ReportPeriod, now: Date): Promise<BuiltReport> {
  const { config } = source;
  const language = scope.kind === "team" ? (scope.team.language ?? config.language) : config.language;
  const t = reportTexts[language];
  const name = scope.kind === "team" ? scope.team.name : (config.organisation?.name ?? t.allTeams);
  const data = readReportData(source, scope, period, language);
  const figures = await reportFigures(data, language);
  const periodText = describePeriod(period, config.timezone, language);
  const html = renderReport({
    language,
    isOrganisation: scope.kind === "organisation",
    name,
    period: periodText,
    madeOn: formatDate(now, config.timezone, language),
    data,
    figures,
  });
  // Answered: whatever the addressee decided (withdrawn by the team is not an answer).
  const answered = data.proposals.filter((proposal) => !isProposalOpen(proposal.status) && proposal.status !== "withdrawn").length;
  const summary = t.summary(data.decided.length, data.threads.length, data.proposals.length, answered, data.lookbacks.answered);
  return { html, language, name, period: periodText, summary };
}
