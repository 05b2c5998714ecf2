import { createServer } from "node:net";
import type { Config } from "../../src/config/config-schema.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { personId } from "../seed/bench-config.ts";
import { runBursts, type HttpCall, type LoadResult } from "../load/run-bursts.ts";
import { slackMorning, type OpenPrompt } from "../load/slack-calls.ts";
import { teamsHelpRequests } from "../load/teams-calls.ts";
import { startBotProcess } from "./bot-process.ts";
import { startChild, type Child } from "./child.ts";
import { percentile } from "./percentile.ts";

export interface LatencySummary {
  p50: number;
  p99: number;
  /** CPU the server process spent per request, acknowledgement and everything it started. */
  cpuMsPerRequest: number;
  statuses: Record<number, number>;
  /** p99 per kind of request. */
  p99ByKind: Record<string, number>;
}

export interface LatencyPair {
  ours: LatencySummary;
  bare: LatencySummary;
}

export interface LatencyFigures {
  slack: LatencyPair;
  teams: LatencyPair;
  idleRssMb: number;
  peakRssMb: number;
  requestsPerServer: number;
}

const SECRET = "bench-signing-secret-0123456789ab";
const CONCURRENCY = 50;
/** Time after each burst for the work it started (modals, thread replies) to finish. */
const SETTLE_MS = 400;

/**
 * Acknowledgement latency of our bot (src/main.ts, a process of its own, on the seeded database) and
 * of the bare frameworks, each under 50 concurrent clients, in alternating rounds so that both see the
 * same machine. The fake platforms run in processes of their own.
 */
export async function measureLatency(databasePath: string, config: Config, configPath: string, requests: number): Promise<LatencyFigures> {
  const children: Child[] = [];
  try {
    const slackApi = startChild("bench/servers/fake-slack.ts");
    const connector = startChild("bench/servers/fake-connector.ts");
    children.push(slackApi, connector);
    const { url: apiUrl, token } = await slackApi.waitFor<{ url: string; token: string }>("url");
    const { url: serviceUrl } = await connector.waitFor<{ url: string }>("url");
    const prompts = openPrompts(databasePath);

    const bot = await startBotProcess({ databasePath, config, configPath, slack: { apiUrl, token, signingSecret: SECRET } });
    children.push(bot.child);
    const [boltPort, teamsPort] = [await freePort(), await freePort()];
    const bolt = startChild("bench/servers/bare-bolt.ts", { PORT: String(boltPort), SLACK_SIGNING_SECRET: SECRET });
    const cloud = startChild("bench/servers/bare-teams.ts", { PORT: String(teamsPort) });
    children.push(bolt, cloud);
    await Promise.all([bolt.waitFor("port"), cloud.waitFor("port")]);
    await pause(3000);
    const idleRssMb = bot.child.memory().rssMb;

    let person = 0;
    const nextPeople = () => {
      const offset = person;
      person += requests;
      return (index: number) => personId((offset + index) % 500, Math.floor((offset + index) / 500) % 40);
    };
    const slack = await compare(bot.child, bolt, bot.port, boltPort, () => slackMorning(SECRET, prompts, nextPeople(), requests));
    const teams = await compare(bot.child, cloud, bot.port, teamsPort, () => teamsHelpRequests(serviceUrl, nextPeople(), requests));
    return { slack, teams, idleRssMb, peakRssMb: bot.child.memory().peakMb, requestsPerServer: requests * 4 };
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

/** Warm-up, then four rounds each, alternating (bare, ours, bare, ours, …), so both see the same machine. */
async function compare(oursChild: Child, bareChild: Child, oursPort: number, barePort: number, calls: () => HttpCall[]): Promise<LatencyPair> {
  await runBursts(barePort, calls().slice(0, 300), CONCURRENCY, SETTLE_MS);
  await runBursts(oursPort, calls().slice(0, 300), CONCURRENCY, SETTLE_MS);
  const ours: LoadResult[] = [];
  const bare: LoadResult[] = [];
  const cpu = { ours: 0, bare: 0 };
  const timed = async (child: Child, run: () => Promise<LoadResult>, into: LoadResult[], key: "ours" | "bare") => {
    const before = child.cpuMs();
    into.push(await run());
    cpu[key] += child.cpuMs() - before;
  };
  for (let round = 0; round < 4; round += 1) {
    await timed(bareChild, () => runBursts(barePort, calls(), CONCURRENCY, SETTLE_MS), bare, "bare");
    await timed(oursChild, () => runBursts(oursPort, calls(), CONCURRENCY, SETTLE_MS), ours, "ours");
  }
  return { ours: summarise(ours, cpu.ours), bare: summarise(bare, cpu.bare) };
}

function summarise(results: LoadResult[], cpuMs: number): LatencySummary {
  const latencies = results.flatMap((result) => result.latenciesMs);
  const statuses: Record<number, number> = {};
  const byKind: Record<string, number[]> = {};
  for (const result of results) {
    for (const [status, count] of Object.entries(result.statuses)) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
    for (const [kind, values] of Object.entries(result.byLabel)) (byKind[kind] ??= []).push(...values);
  }
  const p99ByKind = Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, percentile(values, 99)]));
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpuMsPerRequest: cpuMs / latencies.length, statuses, p99ByKind };
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
