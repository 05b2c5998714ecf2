import { Agent, request as httpRequest } from "node:http";

export interface HttpCall {
  /** What the request is, to see latencies per kind. */
  label?: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  latenciesMs: number[];
  byLabel: Record<string, number[]>;
  statuses: Record<number, number>;
  seconds: number;
}

export function sendCall(agent: Agent, port: number, call: HttpCall): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method: "POST", path: call.path, agent, headers: { ...call.headers, "content-length": Buffer.byteLength(call.body) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(call.body);
  });
}

/**
 * Bursts of `size` requests sent at once, as when a prompt lands and a team answers together; after
 * each burst the server gets `settleMs` to finish what the burst started (modals, thread replies).
 */
/** Sends one call and records its latency, overall and under its label, and its status. */
export async function measureCall(agent: Agent, port: number, call: HttpCall, into: Pick<LoadResult, "latenciesMs" | "byLabel" | "statuses">): Promise<void> {
  const sent = performance.now();
  const status = await sendCall(agent, port, call);
  const latency = performance.now() - sent;
  into.latenciesMs.push(latency);
  (into.byLabel[call.label ?? ""] ??= []).push(latency);
  into.statuses[status] = (into.statuses[status] ?? 0) + 1;
}

export async function runBursts(port: number, calls: HttpCall[], size: number, settleMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: size });
  const latenciesMs: number[] = [];
  const byLabel: Record<string, number[]> = {};
  const statuses: Record<number, number> = {};
  const started = performance.now();
  for (let offset = 0; offset < calls.length; offset += size) {
    await Promise.all(
      calls.slice(offset, offset + size).map(async (call) => {
        await measureCall(agent, port, call, { latenciesMs, byLabel, statuses });
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
  agent.destroy();
  return { latenciesMs, byLabel, statuses, seconds: (performance.now() - started) / 1000 };
}
