import { Agent } from "node:http";
import { measureCall, type HttpCall, type LoadResult } from "./run-bursts.ts";

/**
 * A closed loop: `concurrency` clients, each sending its next request as soon as its last one was
 * answered, until all `calls` are sent. Unlike bursts, the server never gets a quiet moment: this is
 * where queues and background work show in the tail.
 */
export async function runClosedLoop(port: number, calls: HttpCall[], concurrency: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latenciesMs: number[] = [];
  const byLabel: Record<string, number[]> = {};
  const statuses: Record<number, number> = {};
  const started = performance.now();
  let next = 0;
  const client = async () => {
    while (next < calls.length) {
      await measureCall(agent, port, calls[next++]!, { latenciesMs, byLabel, statuses });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  return { latenciesMs, byLabel, statuses, seconds: (performance.now() - started) / 1000 };
}
