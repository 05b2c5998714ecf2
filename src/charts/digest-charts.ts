import type { Core } from "../dispatch/core.ts";
import type { Block, Language } from "../chat/vocabulary.ts";
import { weeklyParticipants } from "../digest/digest-queries.ts";
import { caseFlowChart } from "./case-flow-chart.ts";
import { toImageBlock, type Chart } from "./chart.ts";
import { weeksEndingAt } from "./chart-weeks.ts";
import { participationChart } from "./participation-chart.ts";
import { renderChart } from "./render-chart.ts";
import { pausedWeeks } from "../team/paused-weeks.ts";
import { weeklyCaseFlow } from "./weekly-case-flow-queries.ts";

export const CHART_WEEKS = 12;

export interface TeamCharts {
  participation: Block;
  caseFlow: Block;
}

/** The two charts of a team's digest, over the twelve weeks that end with the digest's period. */
export async function teamCharts(core: Core, team: string, end: Date, members: number | undefined, language: Language): Promise<TeamCharts> {
  const weeks = weeksEndingAt(end, CHART_WEEKS, core.config.timezone, language);
  const people = weeklyParticipants(core.db, team, end, CHART_WEEKS);
  const paused = pausedWeeks(core.db, team, weeks, core.config.timezone);
  const participation = participationChart({ weeks, people, members, paused }, language);
  const caseFlow = caseFlowChart(weeks, weeklyCaseFlow(core.db, team, weeks), language);
  return { participation: await toBlock(participation), caseFlow: await toBlock(caseFlow) };
}

async function toBlock(chart: Chart): Promise<Block> {
  const { png } = await renderChart(chart.option);
  return toImageBlock(chart, png);
}
