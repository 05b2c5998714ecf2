import type { Language } from "../chat/vocabulary.ts";
import { formatNumber } from "../time/format.ts";
import { baseOption, INK, type Chart } from "./chart.ts";
import { reportChartTexts } from "./report-chart-texts.ts";

/** Upper bounds (working days, inclusive) of the bars; the last bar takes the rest. */
const BUCKET_TOPS = [2, 5, 10, 20, 40];
/** Below this many decisions a "middle half" says nothing; the median alone is given. */
const SPREAD_FROM = 4;

export interface DecisionSpread {
  median: number;
  /** The first and third quartile: the middle half of the decisions lies between them. */
  low: number;
  high: number;
}

/** Median and quartiles, interpolated between neighbours (so two values give their midpoint). */
export function decisionSpread(days: readonly number[]): DecisionSpread {
  const sorted = [...days].sort((a, b) => a - b);
  const at = (share: number) => {
    const position = (sorted.length - 1) * share;
    const below = Math.floor(position);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
  };
  return { median: at(0.5), low: at(0.25), high: at(0.75) };
}

/** Bars per duration (working days from submission to decision), with the median and spread said above them. */
export function timeToDecisionChart(days: readonly number[], language: Language): Chart {
  const t = reportChartTexts[language];
  const counts = t.buckets.map(() => 0);
  for (const value of days) {
    const index = BUCKET_TOPS.findIndex((top) => value <= top);
    counts[index === -1 ? BUCKET_TOPS.length : index]! += 1;
  }
  const spread = decisionSpread(days);
  const show = (value: number) => formatNumber(value, language, Number.isInteger(value) ? 0 : 1);
  const summary =
    days.length >= SPREAD_FROM
      ? t.decisionSpread(show(spread.median), show(spread.low), show(spread.high), days.length)
      : days.length > 0
        ? t.decisionMedian(show(spread.median), days.length)
        : "";
  const values = t.buckets.map((bucket, index) => `${bucket}: ${counts[index]}`).join(", ");
  return {
    title: t.decisionTitle,
    alt: t.decisionAlt(days.length, summary, values),
    option: {
      ...baseOption(t.decisionTitle, summary),
      grid: { left: 56, right: 24, top: 86, bottom: 58 },
      xAxis: { type: "category", data: t.buckets, name: t.decisionAxis, nameLocation: "middle", nameGap: 32, nameTextStyle: { color: INK.axis }, axisLabel: { color: INK.axis, fontSize: 12 } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: INK.axis }, splitLine: { lineStyle: { color: INK.grid } } },
      series: [{ type: "bar", data: counts, barMaxWidth: 56, itemStyle: { color: INK.dark }, label: { show: true, position: "top", color: INK.black } }],
    },
  };
}
