import type { LatencyFigures, LatencyPair } from "./measure/latency.ts";
import { result, type Result } from "./report.ts";

const withinRatio = (limit: number) => ({ text: `≤ ${limit}× same-job`, met: (_: number, ratio: number | null) => ratio !== null && ratio <= limit });

/** p50 and p99 of one comparison, as two rows; `target` applies to both. */
function rows(name: string, baseline: string, pair: LatencyPair, target?: ReturnType<typeof withinRatio>): Result[] {
  return [
    result(`${name} p50 (vs ${baseline})`, pair.ours.p50, "ms", pair.baseline.p50, target),
    result(`${name} p99 (vs ${baseline})`, pair.ours.p99, "ms", pair.baseline.p99, target),
  ];
}

/**
 * Mean latency and requests per second of a closed loop: with the same capacity, the mean is the same
 * (Little's law), while the median also shows how fairly a server takes turns.
 */
function capacityRows(name: string, baseline: string, pair: LatencyPair): Result[] {
  return [
    result(`${name} mean (vs ${baseline})`, pair.ours.mean, "ms", pair.baseline.mean),
    result(`${name} requests per second (vs ${baseline})`, pair.ours.perSecond, "req/s", pair.baseline.perSecond),
  ];
}

/** The latency figures of one run: against the bare frameworks (the floor) and the same-job apps (the targets). */
export function latencyResults(latency: LatencyFigures): Result[] {
  const sameJob = withinRatio(1.3);
  const { slackBare, slackSameJob, teamsBare, teamsSameJob, teamsOneChat } = latency;
  const all = [slackBare, slackSameJob.bursts, slackSameJob["closed-loop"], teamsBare, teamsSameJob["closed-loop"], teamsOneChat].map((pair) => pair.ours);
  const notOk = all.reduce((sum, side) => sum + Object.entries(side.statuses).filter(([status]) => status !== "200").reduce((n, [, count]) => n + count, 0), 0);
  return [
    ...rows("Slack ack, morning mix, bursts", "bare Bolt", slackBare),
    result("Slack CPU per interaction (vs bare Bolt)", slackBare.ours.cpuMsPerRequest, "ms", slackBare.baseline.cpuMsPerRequest),
    ...rows("Slack /casus ack, bursts", "same-job Bolt", slackSameJob.bursts, sameJob),
    ...rows("Slack /casus ack, closed loop", "same-job Bolt", slackSameJob["closed-loop"], sameJob),
    ...capacityRows("Slack /casus ack, closed loop", "same-job Bolt", slackSameJob["closed-loop"]),
    ...rows("Teams activity, bursts", "bare CloudAdapter", teamsBare),
    result("Teams CPU per activity (vs bare CloudAdapter)", teamsBare.ours.cpuMsPerRequest, "ms", teamsBare.baseline.cpuMsPerRequest),
    ...rows("Teams \"hulp\", bursts", "same-job bot", teamsSameJob.bursts, sameJob),
    ...rows("Teams \"hulp\", closed loop", "same-job bot", teamsSameJob["closed-loop"], sameJob),
    ...capacityRows("Teams \"hulp\", closed loop", "same-job bot", teamsSameJob["closed-loop"]),
    ...rows("Teams, 50 in flight in one chat", "same-job bot", teamsOneChat),
    result("Teams, one chat: slowest answer (vs same-job bot)", teamsOneChat.ours.max, "ms", teamsOneChat.baseline.max, { text: "< 2 s", met: (value) => value < 2000 }),
    result("requests not answered 200 under load", notOk, "requests", null, { text: "0", met: (value) => value === 0 }),
    result("RSS idle (Slack + Teams, 1 M answers)", latency.idleRssMb, "MB", null, { text: "< 120 MB", met: (value) => value < 120 }),
    result("RSS peak under load", latency.peakRssMb, "MB", null, { text: "< 200 MB", met: (value) => value < 200 }),
    ...Object.entries(latency.peakAfterMb).map(([phase, mb]) => result(`  RSS peak so far, after ${phase}`, mb, "MB", null)),
  ];
}
