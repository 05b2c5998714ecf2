import { runBursts, type HttpCall, type LoadResult } from "../load/run-bursts.ts";
import { runClosedLoop } from "../load/run-closed-loop.ts";
import type { Child } from "./child.ts";
import { percentile } from "./percentile.ts";

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  /** Requests answered per second of load: in a closed loop, the server's capacity. */
  perSecond: number;
  /** The slowest answer. */
  max: number;
  /** CPU the server process spent per request, acknowledgement and everything it started. */
  cpuMsPerRequest: number;
  statuses: Record<number, number>;
  /** p99 per kind of request. */
  p99ByKind: Record<string, number>;
}

/** A server under test: ours or a baseline, each a process of its own. */
export interface Side {
  child: Child;
  port: number;
}

export type LoadMode = "bursts" | "closed-loop";

export interface Comparison {
  /** Requests in flight: a burst's size, or the clients of the closed loop. */
  concurrency: number;
  rounds: number;
  mode: LoadMode;
  /** Time after each burst for the work it started (modals, thread replies) to finish. */
  settleMs: number;
}

/**
 * The same load against every side, in rounds that alternate the sides (and which one goes first), so
 * that all see the same machine; a short warm-up each first. Ratios of one such run are what counts.
 */
export async function compareSides(sides: Side[], calls: () => HttpCall[], comparison: Comparison): Promise<LatencySummary[]> {
  const run = (side: Side, load: HttpCall[]) =>
    comparison.mode === "bursts" ? runBursts(side.port, load, comparison.concurrency, comparison.settleMs) : runClosedLoop(side.port, load, comparison.concurrency);
  for (const side of sides) await run(side, calls().slice(0, 200));
  const results = sides.map(() => [] as LoadResult[]);
  const cpu = sides.map(() => 0);
  for (let round = 0; round < comparison.rounds; round += 1) {
    for (let turn = 0; turn < sides.length; turn += 1) {
      const index = (round + turn) % sides.length;
      const side = sides[index]!;
      const before = side.child.cpuMs();
      results[index]!.push(await run(side, calls()));
      cpu[index]! += side.child.cpuMs() - before;
    }
  }
  return results.map((result, index) => summarise(result, cpu[index]!));
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
  const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean,
    perSecond: latencies.length / seconds,
    max: Math.max(...latencies),
    cpuMsPerRequest: cpuMs / latencies.length,
    statuses,
    p99ByKind,
  };
}
