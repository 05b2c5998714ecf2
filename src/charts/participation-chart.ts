import type { Language } from "../chat/vocabulary.ts";
import { baseOption, INK, type Chart } from "./chart.ts";
import { chartTexts } from "./chart-texts.ts";
import type { Week } from "./chart-weeks.ts";

export interface ParticipationData {
  weeks: Week[];
  /** Distinct people who answered, per week. */
  people: number[];
  /** Channel members; without it the chart shows people instead of a share. */
  members?: number;
}

/** Bars per week: the share of the channel's members who answered (or how many, when members are unknown). */
export function participationChart(data: ParticipationData, language: Language): Chart {
  const t = chartTexts[language];
  const isShare = data.members !== undefined && data.members > 0;
  const values = data.people.map((people) => (isShare ? Math.min(100, Math.round((people / data.members!) * 100)) : people));
  const show = (value: number) => (isShare ? `${value}%` : String(value));
  const highest = values.reduce((best, value, index) => (value > values[best]! ? index : best), 0);
  const perWeek = data.weeks.map((week, index) => `${week.label} ${show(values[index]!)}`).join(", ");
  const summary = t.participationSummary(show(values.at(-1) ?? 0), show(values[highest] ?? 0), data.weeks[highest]?.label ?? "");
  const basis = isShare ? t.shareBasis(data.members!) : t.peopleBasis;
  const subtitle = isShare ? t.participationAxisShare(data.members!) : t.participationAxisPeople;
  return {
    title: t.participationTitle,
    alt: t.participationAlt(data.weeks.length, basis, perWeek, summary),
    option: {
      ...baseOption(t.participationTitle, subtitle),
      xAxis: { type: "category", data: data.weeks.map((week) => week.label), axisLabel: { color: INK.axis, fontSize: 12 } },
      yAxis: {
        type: "value",
        minInterval: 1,
        ...(isShare ? { max: 100, axisLabel: { formatter: "{value}%", color: INK.axis } } : { axisLabel: { color: INK.axis } }),
        splitLine: { lineStyle: { color: INK.grid } },
      },
      // One series: it reads the same in black and white; the value above each bar says it in numbers too.
      series: [{ type: "bar", data: values, barMaxWidth: 40, itemStyle: { color: INK.dark }, label: { show: true, position: "top", color: INK.black, formatter: isShare ? "{c}%" : "{c}" } }],
    },
  };
}
