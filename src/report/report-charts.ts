import { caseFlowChart } from "../charts/case-flow-chart.ts";
import type { Chart } from "../charts/chart.ts";
import { participationChart } from "../charts/participation-chart.ts";
import { PROPOSAL_STATES, proposalStatesChart } from "../charts/proposal-states-chart.ts";
import { renderChart } from "../charts/render-chart.ts";
import { timeToDecisionChart } from "../charts/time-to-decision-chart.ts";
import type { Language } from "../chat/vocabulary.ts";
import type { ProposalStatus } from "../proposals/proposal-model.ts";
import type { ReportData } from "./report-data.ts";

/** A chart as the page shows it: its SVG, and the text alternative written from the same numbers. */
export interface Figure {
  title: string;
  alt: string;
  svg: string;
}

/**
 * The poster's charts, drawn with the digest's renderer. Participation is drawn only when the data has it
 * (a team's own poster); time to decision and proposals only when there is something to draw.
 */
export async function reportFigures(data: ReportData, language: Language): Promise<Figure[]> {
  const charts: Chart[] = [];
  if (data.participation) charts.push(participationChart({ weeks: data.weeks, ...data.participation }, language));
  charts.push(caseFlowChart(data.weeks, data.flow, language));
  if (data.decided.length > 0) charts.push(timeToDecisionChart(data.decided.map((item) => item.workingDays), language));
  if (data.proposals.length > 0) {
    const counts = Object.fromEntries(PROPOSAL_STATES.map((status) => [status, 0])) as Record<ProposalStatus, number>;
    for (const proposal of data.proposals) counts[proposal.status] += 1;
    charts.push(proposalStatesChart(counts, language));
  }
  const figures: Figure[] = [];
  for (const chart of charts) figures.push({ title: chart.title, alt: chart.alt, svg: (await renderChart(chart.option)).svg });
  return figures;
}
