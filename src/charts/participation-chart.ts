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
  /** Weeks the team was paused (zomerstop): a hatched grey bar labelled "pauze", never a zero. */
  paused?: boolean[];
}

/** Light grey with dark diagonal hatching: apart from the answer bars in colour and in black and white. */
const PAUSED_STYLE = { color: "#e6e6e6", decal: { symbol: "rect", symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: "#8c8c8c" } };

/** Bars per week: the share of the channel's members who answered (or how many, when members are unknown). */
export function participationChart(data: ParticipationData, language: Language): Chart {
  const t = chartTexts[language];
  const isShare = data.members !== undefined && data.members > 0;
  const values = data.people.map((people) => (isShare ? Math.min(100, Math.round((people / data.members!) * 100)) : people));
  const show = (value: number) => (isShare ? `${value}%` : String(value));
  const isPaused = (index: number) => data.paused?.[index] === true;
  const highest = values.reduce((best, value, index) => (!isPaused(index) && (isPaused(best) || value > values[best]!) ? index : best), 0);
  const perWeek = data.weeks.map((week, index) => `${week.label} ${isPaused(index) ? t.paused : show(values[index]!)}`).join(", ");
  const last = isPaused(values.length - 1) ? t.paused : show(values.at(-1) ?? 0);
  const pausedCount = values.filter((_, index) => isPaused(index)).length;
  const summary = `${t.participationSummary(last, show(values[highest] ?? 0), data.weeks[highest]?.label ?? "")}${pausedCount > 0 ? ` ${t.pausedWeeks(pausedCount)}` : ""}`;
  const top = isShare ? 100 : Math.max(1, ...values);
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
      series: [
        {
          type: "bar",
          data: values.map((value, index) => (isPaused(index) ? null : value)),
          barMaxWidth: 40,
          itemStyle: { color: INK.dark },
          label: { show: true, position: "top", color: INK.black, formatter: isShare ? "{c}%" : "{c}" },
        },
        ...(pausedCount > 0 ? [pausedSeries(values.map((_, index) => (isPaused(index) ? top : null)), t.paused)] : []),
      ],
    },
  };
}

/** A paused week: a full-height hatched bar in the same place, with "pauze" written in it. */
function pausedSeries(data: (number | null)[], label: string): Record<string, unknown> {
  return {
    type: "bar",
    name: label,
    data,
    barMaxWidth: 40,
    barGap: "-100%",
    itemStyle: PAUSED_STYLE,
    label: { show: true, position: "insideBottom", rotate: 90, align: "left", verticalAlign: "middle", distance: 8, color: INK.black, backgroundColor: "#ffffff", padding: [1, 3], fontSize: 12, formatter: label },
  };
}
