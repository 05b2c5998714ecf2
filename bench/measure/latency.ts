import { createServer } from "node:net";
import type { Config } from "../../src/config/config-schema.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { personId } from "../seed/bench-config.ts";
import { slackCasus, slackMorning, type OpenPrompt } from "../load/slack-calls.ts";
import { teamsHelpRequests } from "../load/teams-calls.ts";
import { startBotProcess } from "./bot-process.ts";
import { startChild, type Child } from "./child.ts";
import { compareSides, type Comparison, type LatencySummary, type Side } from "./compare-sides.ts";

export type { LatencySummary };

/** Ours and a baseline under the same load in the same run. */
export interface LatencyPair {
  ours: LatencySummary;
  baseline: LatencySummary;
}

export interface LatencyFigures {
  /** The morning mix (buttons, /casus, submissions) against a Bolt app that only acknowledges. */
  slackBare: LatencyPair;
  /** /casus against a Bolt app that acknowledges and opens a comparable modal. */
  slackSameJob: Record<Comparison["mode"], LatencyPair>;
  /** "hulp", each from another person, against an echo bot and a bot that answers with one card. */
  teamsBare: LatencyPair;
  teamsSameJob: Record<Comparison["mode"], LatencyPair>;
  /** 50 "hulp" in flight in one personal chat, against the same-job bot. */
  teamsOneChat: LatencyPair;
  idleRssMb: number;
  peakRssMb: number;
  /** Our process's peak RSS after each phase, in order: where the peak comes from. */
  peakAfterMb: Record<string, number>;
}

const SECRET = "bench-signing-secret-0123456789ab";
const CONCURRENCY = 50;
const SETTLE_MS = 400;

/**
 * Acknowledgement latency of our bot (dist/src/main.js, a process of its own, on the seeded database)
 * and of the baselines, each under 50 requests in flight, in bursts and in a closed loop, in rounds that
 * alternate the servers. The fake platforms run in processes of their own.
 */
export async function measureLatency(databasePath: string, config: Config, configPath: string, requests: number): Promise<LatencyFigures> {
  const children: Child[] = [];
  const spawn = (entry: string, env: Record<string, string> = {}) => {
    const child = startChild(entry, env);
    children.push(child);
    return child;
  };
  try {
    const slackApi = spawn("bench/servers/fake-slack.ts", { SEEDED_DATABASE: databasePath });
    const connector = spawn("bench/servers/fake-connector.ts");
    const { url: apiUrl, token } = await slackApi.waitFor<{ url: string; token: string }>("url");
    const { url: serviceUrl } = await connector.waitFor<{ url: string }>("url");
    const prompts = openPrompts(databasePath);

    const bot = await startBotProcess({ databasePath, config, configPath, slack: { apiUrl, token, signingSecret: SECRET } });
    children.push(bot.child);
    const ports = { bolt: await freePort(), sameBolt: await freePort(), cloud: await freePort(), sameTeams: await freePort() };
    const slackEnv = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: token, SLACK_API_URL: apiUrl };
    const baselines = {
      bolt: spawn("bench/servers/bare-bolt.ts", { PORT: String(ports.bolt), SLACK_SIGNING_SECRET: SECRET }),
      sameBolt: spawn("bench/servers/same-job-bolt.ts", { PORT: String(ports.sameBolt), ...slackEnv }),
      cloud: spawn("bench/servers/bare-teams.ts", { PORT: String(ports.cloud) }),
      sameTeams: spawn("bench/servers/same-job-teams.ts", { PORT: String(ports.sameTeams) }),
    };
    await Promise.all(Object.values(baselines).map((child) => child.waitFor("port")));
    await pause(3000);
    const idleRssMb = bot.child.memory().rssMb;

    const ours: Side = { child: bot.child, port: bot.port };
    const side = (name: keyof typeof baselines): Side => ({ child: baselines[name], port: ports[name] });
    let person = 0;
    const nextPeople = () => {
      const offset = person;
      person += requests;
      return (index: number) => personId((offset + index) % 500, Math.floor((offset + index) / 500) % 40);
    };
    const bursts: Comparison = { concurrency: CONCURRENCY, rounds: 4, mode: "bursts", settleMs: SETTLE_MS };
    const closed: Comparison = { ...bursts, mode: "closed-loop" };
    const pair = ([a, b]: LatencySummary[]): LatencyPair => ({ ours: a!, baseline: b! });

    const morning = () => slackMorning(SECRET, prompts, nextPeople(), requests);
    const casus = () => slackCasus(SECRET, prompts, nextPeople(), requests);
    const help = () => teamsHelpRequests(serviceUrl, nextPeople(), requests);
    // One person, one chat: every request of a burst paced in the same conversation.
    const oneChat = () => teamsHelpRequests(serviceUrl, () => "U001M003", 2 * CONCURRENCY);

    const peakAfterMb: Record<string, number> = {};
    const phase = async <T>(name: string, work: Promise<T>): Promise<T> => {
      const value = await work;
      peakAfterMb[name] = bot.child.memory().peakMb;
      return value;
    };
    const slackBare = pair(await phase("Slack mix", compareSides([ours, side("bolt")], morning, bursts)));
    const slackSameJob = {
      bursts: pair(await phase("Slack /casus bursts", compareSides([ours, side("sameBolt")], casus, bursts))),
      "closed-loop": pair(await phase("Slack /casus closed loop", compareSides([ours, side("sameBolt")], casus, closed))),
    };
    const [teamsOurs, teamsBare, teamsSame] = await phase("Teams bursts", compareSides([ours, side("cloud"), side("sameTeams")], help, bursts));
    const teamsClosed = pair(await phase("Teams closed loop", compareSides([ours, side("sameTeams")], help, closed)));
    const teamsOneChat = pair(await phase("Teams one chat", compareSides([ours, side("sameTeams")], oneChat, bursts)));
    return {
      slackBare,
      slackSameJob,
      teamsBare: { ours: teamsOurs!, baseline: teamsBare! },
      teamsSameJob: { bursts: { ours: teamsOurs!, baseline: teamsSame! }, "closed-loop": teamsClosed },
      teamsOneChat,
      idleRssMb,
      peakRssMb: bot.child.memory().peakMb,
      peakAfterMb,
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

/** The newest prompt of each team, with the message it was posted as. */
function openPrompts(databasePath: string): OpenPrompt[] {
  const db = openDatabase(databasePath);
  try {
    return db
      .prepare(
        `SELECT r.id AS runId, p.conversation_id AS channel, p.message_id AS messageTs FROM prompt_runs r
         JOIN prompt_posts p ON p.run_id = r.id WHERE r.closes_at > ? AND r.id = (SELECT max(id) FROM prompt_runs WHERE team = r.team)`,
      )
      .all(new Date().toISOString()) as OpenPrompt[];
  } finally {
    db.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
