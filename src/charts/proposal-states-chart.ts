import type { Language } from "../chat/vocabulary.ts";
import type { ProposalStatus } from "../proposals/proposal-model.ts";
import { proposalTexts } from "../proposals/proposal-texts.ts";
import { baseOption, INK, type Chart } from "./chart.ts";
import { reportChartTexts } from "./report-chart-texts.ts";

/** In the order a proposal travels: sent, taken up, then each way it can end. */
export const PROPOSAL_STATES: readonly ProposalStatus[] = ["sent", "in_progress", "accepted", "amended", "rejected", "withdrawn"];

/** One bar per state, with its count on it: one series, so it reads the same without colour. */
export function proposalStatesChart(counts: Record<ProposalStatus, number>, language: Language): Chart {
  const t = reportChartTexts[language];
  const labels = PROPOSAL_STATES.map((status) => proposalTexts[language].status[status]);
  const values = PROPOSAL_STATES.map((status) => counts[status]);
  const total = values.reduce((sum, value) => sum + value, 0);
  return {
    title: t.proposalsTitle,
    alt: t.proposalsAlt(total, labels.map((label, index) => `${label} ${values[index]}`).join(", ")),
    option: {
      ...baseOption(t.proposalsTitle, t.proposalsAxis),
      xAxis: { type: "category", data: labels, axisLabel: { color: INK.axis, fontSize: 12, interval: 0 } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: INK.axis }, splitLine: { lineStyle: { color: INK.grid } } },
      series: [{ type: "bar", data: values, barMaxWidth: 56, itemStyle: { color: INK.dark }, label: { show: true, position: "top", color: INK.black } }],
    },
  };
}
