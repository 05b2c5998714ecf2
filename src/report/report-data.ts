import type { DecisionLevel, Outcome, PublicValue } from "../cases/case-model.ts";
import { weeksEndingAt, type Week } from "../charts/chart-weeks.ts";
import { weeklyCaseFlow, type WeekCaseFlow } from "../charts/weekly-case-flow-queries.ts";
import type { Language } from "../chat/vocabulary.ts";
import type { Config, TeamConfig } from "../config/config-schema.ts";
import { highlights, weeklyParticipants } from "../digest/digest-queries.ts";
import { tallyLookbacks, type LookbackTally } from "../proposals/lookback-store.ts";
import type { ProposalStatus } from "../proposals/proposal-model.ts";
import { proposalsSince } from "../proposals/proposal-store.ts";
import type { Db } from "../storage/database.ts";
import { pausedWeeks } from "../team/paused-weeks.ts";
import { workingDaysBetween } from "../time/holidays.ts";
import type { ReportPeriod } from "./report-period.ts";
import { casesDecidedIn, linkedCounts, threadsIn, type PeriodThread } from "./report-queries.ts";

const WEEK_MS = 7 * 86_400_000;
const STORIES = 4;
const THREADS = 8;

export interface ReportSource {
  db: Db;
  config: Config;
}

/** One team's poster, or the organisation's (which shows no participation of any team). */
export type ReportScope = { kind: "team"; team: TeamConfig } | { kind: "organisation" };

export interface DecidedCase {
  reference: string;
  title: string;
  teamName: string;
  outcome: Outcome | null;
  decisionLevel: DecisionLevel | null;
  publicValues: PublicValue[];
  otherValues: string | null;
  reasons: string;
  /** Working days from submission to decision. */
  workingDays: number;
}

export interface ProposalLine {
  reference: string;
  rule: string;
  addressee: string;
  status: ProposalStatus;
  /** The addressee's reasons, or the amended text when it was accepted with changes. */
  answer: string | null;
  cases: number;
  teams: number;
}

export interface ReportData {
  /** Answers the team could see whose authors agreed to share them, without a name. */
  stories: string[];
  decided: DecidedCase[];
  threads: PeriodThread[];
  proposals: ProposalLine[];
  lookbacks: LookbackTally;
  weeks: Week[];
  flow: WeekCaseFlow[];
  /** People who answered, per week, and the weeks the team paused (zomerstop): on a team's own poster only. */
  participation?: { people: number[]; paused: boolean[] };
}

/** Everything the poster shows, read from the database for one team or for all. */
export function readReportData(source: ReportSource, scope: ReportScope, period: ReportPeriod, language: Language): ReportData {
  const { db, config } = source;
  const teamKey = scope.kind === "team" ? scope.team.key : null;
  const teams = scope.kind === "team" ? [scope.team] : config.teams;
  const teamName = (key: string) => config.teams.find((team) => team.key === key)?.name ?? key;
  const decided = casesDecidedIn(db, teamKey, period).map(({ record, decidedAt }) => ({
    reference: record.reference,
    title: record.title,
    teamName: teamName(record.team),
    outcome: record.outcome,
    decisionLevel: record.decisionLevel,
    publicValues: record.publicValues,
    otherValues: record.otherValues,
    reasons: record.reasons ?? "",
    workingDays: workingDaysBetween(new Date(record.createdAt), decidedAt, config.timezone),
  }));
  const weekCount = Math.max(1, Math.min(60, Math.ceil((period.end.getTime() - period.start.getTime()) / WEEK_MS)));
  const weeks = weeksEndingAt(period.end, weekCount, config.timezone, language);
  const flows = teams.map((team) => weeklyCaseFlow(db, team.key, weeks));
  const flow = weeks.map((_, index) => ({
    opened: sum(flows.map((team) => team[index]!.opened)),
    decided: sum(flows.map((team) => team[index]!.decided)),
    waiting: sum(flows.map((team) => team[index]!.waiting)),
  }));
  return {
    // A few per team on the organisation's poster, so no single team fills it.
    stories: teams.flatMap((team) => highlights(db, team.key, period, teamKey ? STORIES : 2)).slice(0, STORIES).map((story) => story.text),
    decided,
    threads: threadsIn(db, teamKey, period, THREADS),
    proposals: readProposals(source, teamKey, period),
    lookbacks: tallyLookbacks(db, period, teamKey ?? undefined),
    weeks,
    flow,
    ...(scope.kind === "team"
      ? { participation: { people: weeklyParticipants(db, scope.team.key, period.end, weekCount), paused: pausedWeeks(db, scope.team.key, weeks, config.timezone) } }
      : {}),
  };
}

/** Proposals made before the period ended that were still open during it or moved in it, as they stand now. */
function readProposals(source: ReportSource, team: string | null, period: ReportPeriod): ProposalLine[] {
  const addressee = (key: string) => source.config.addressees.find((item) => item.key === key)?.name ?? key;
  return proposalsSince(source.db, period.start.toISOString(), team ?? undefined)
    .filter((proposal) => proposal.createdAt < period.end.toISOString())
    .map((proposal) => ({
      reference: proposal.reference,
      rule: proposal.rule,
      addressee: addressee(proposal.addressee),
      status: proposal.status,
      answer: proposal.status === "amended" ? (proposal.amendment ?? proposal.reasons) : proposal.reasons,
      ...linkedCounts(source.db, proposal.id),
    }));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
