import type { Gauge } from "prom-client";
import type { Platform } from "../chat/vocabulary.ts";
import { platformAnswers, type PlatformAnswer } from "../http/send-request.ts";
import { outboxStats } from "../outbox/outbox-store.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import type { InteractionLabels, PrometheusRegistry } from "./prometheus-registry.ts";
import { countCasesByStatus, countScheduledSlots, type JobNaming, type LabelledCount } from "./state-count-queries.ts";

export interface BotMetrics {
  countInteraction(labels: InteractionLabels): void;
  /** Seconds from a platform's request to our answer: Slack's acknowledgement, Teams' response. */
  observeAcknowledgement(platform: Platform, seconds: number): void;
  /** The Prometheus text exposition, with the database's counts as they are now. */
  render(): Promise<{ contentType: string; body: string }>;
  close(): void;
}

/**
 * Counts and durations only: labels are platforms, kinds and statuses, never a person, a team or a
 * text. What the database holds (outbox, cases, the scheduler's ledger) is read at scrape time.
 * prom-client is loaded at the first scrape; until then the events are kept here and then handed over.
 */
export function createBotMetrics(db: Db, clock: Clock, jobs: JobNaming): BotMetrics {
  let live: PrometheusRegistry | undefined;
  let loading: Promise<PrometheusRegistry> | undefined;
  // Before the first scrape, counted by value: acknowledgements to the millisecond, so the memory stays bounded.
  const early = { interactions: new Map<string, number>(), acknowledgements: new Map<string, number>(), rateLimited: new Map<Platform, number>() };
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const onAnswer = (message: unknown) => {
    const answer = message as PlatformAnswer;
    if (answer.status !== 429) return;
    if (live) live.rateLimited.inc({ platform: answer.platform });
    else add(early.rateLimited, answer.platform);
  };
  platformAnswers.subscribe(onAnswer);

  const load = async (): Promise<PrometheusRegistry> => {
    const { createPrometheusRegistry } = await import("./prometheus-registry.ts");
    const metrics = createPrometheusRegistry();
    for (const [labels, count] of early.interactions) metrics.interactions.inc(JSON.parse(labels) as InteractionLabels, count);
    for (const [key, count] of early.acknowledgements) {
      const [platform, ms] = key.split(" ");
      for (let n = 0; n < count; n += 1) metrics.acknowledgements.observe({ platform }, Number(ms) / 1000);
    }
    for (const [platform, count] of early.rateLimited) metrics.rateLimited.inc({ platform }, count);
    live = metrics;
    return metrics;
  };
  const setAll = (gauge: Gauge, counts: LabelledCount[]) => {
    gauge.reset();
    for (const { labels, count } of counts) gauge.set(labels, count);
  };

  return {
    countInteraction: (labels) => {
      if (live) live.interactions.inc(labels);
      else add(early.interactions, JSON.stringify({ platform: labels.platform, kind: labels.kind, outcome: labels.outcome }));
    },
    observeAcknowledgement: (platform, seconds) => {
      if (live) live.acknowledgements.observe({ platform }, seconds);
      else add(early.acknowledgements, `${platform} ${Math.round(seconds * 1000)}`);
    },
    async render() {
      const metrics = live ?? (await (loading ??= load()));
      const outbox = outboxStats(db, clock.now());
      metrics.outboxItems.set({ status: "waiting" }, outbox.waiting);
      metrics.outboxItems.set({ status: "failed" }, outbox.failed);
      metrics.outboxAge.set(outbox.oldestSeconds);
      setAll(metrics.cases, countCasesByStatus(db));
      setAll(metrics.slots, countScheduledSlots(db, jobs));
      return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
    },
    close: () => platformAnswers.unsubscribe(onAnswer),
  };
}
