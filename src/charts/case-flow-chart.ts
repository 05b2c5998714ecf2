import type { Language } from "../chat/vocabulary.ts";
import { baseOption, INK, type Chart } from "./chart.ts";
import { chartTexts } from "./chart-texts.ts";
import type { Week } from "./chart-weeks.ts";
import type { WeekCaseFlow } from "./weekly-case-flow-queries.ts";

/** How each line looks: a line style and a marker of its own, so print without colour keeps them apart. */
const LINES = {
  opened: { color: INK.black, type: "solid", symbol: "circle" },
  decided: { color: INK.dark, type: "dashed", symbol: "rect" },
  waiting: { color: INK.grey, type: "dotted", symbol: "triangle" },
} as const;

/** Three lines per week: cases opened, cases decided, and cases waiting at the week's end. */
export function caseFlowChart(weeks: Week[], flow: WeekCaseFlow[], language: Language): Chart {
  const t = chartTexts[language];
  const total = (key: keyof WeekCaseFlow) => flow.reduce((sum, week) => sum + week[key], 0);
  const perWeek = weeks.map((week, index) => `${week.label} ${flow[index]!.opened}/${flow[index]!.decided}/${flow[index]!.waiting}`).join(", ");
  const alt = t.caseFlowAlt(weeks.length, total("opened"), total("decided"), flow.at(-1)?.waiting ?? 0, flow[0]?.waiting ?? 0, perWeek);
  const series = (["opened", "decided", "waiting"] as const).map((key) => ({
    type: "line",
    name: t[key],
    data: flow.map((week) => week[key]),
    symbol: LINES[key].symbol,
    symbolSize: 9,
    itemStyle: { color: LINES[key].color },
    lineStyle: { color: LINES[key].color, type: LINES[key].type, width: 3 },
  }));
  return {
    title: t.caseFlowTitle,
    alt,
    option: {
      ...baseOption(t.caseFlowTitle, ""),
      legend: { top: 42, left: 16, itemWidth: 40, itemGap: 28, textStyle: { fontSize: 13, color: INK.black } },
      grid: { left: 56, right: 24, top: 86, bottom: 40 },
      xAxis: { type: "category", data: weeks.map((week) => week.label), axisLabel: { color: INK.axis, fontSize: 12 } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: INK.axis }, splitLine: { lineStyle: { color: INK.grid } } },
      series,
    },
  };
}
