import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Platform } from "../chat/vocabulary.ts";
import { platformAnswers, type PlatformAnswer } from "../http/send-request.ts";
import { outboxStats } from "../outbox/outbox-store.ts";
import type { Db } from "../storage/database.ts";
import type { Clock } from "../time/clock.ts";
import { countCasesByStatus, countScheduledSlots, type JobNaming, type LabelledCount } from "./state-counts.ts";

export interface BotMetrics {
  registry: Registry;
  countInteraction(labels: { platform: Platform | "other"; kind: string; outcome: string }): void;
  /** Seconds from a platform's request to our answer: Slack's acknowledgement, Teams' response. */
  observeAcknowledgement(platform: Platform, seconds: number): void;
  /** The Prometheus text exposition, with the database's counts as they are now. */
  render(): Promise<{ contentType: string; body: string }>;
  close(): void;
}

/**
 * The bot's metrics on a registry of its own (not prom-client's global one, which any library could
 * fill). Counts and durations only: labels are platforms, kinds and statuses, never a person, a team or
 * a text. What the database holds (outbox, cases, the scheduler's ledger) is read at scrape time.
 */
export function createBotMetrics(db: Db, clock: Clock, jobs: JobNaming): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const interactions = new Counter({
    name: "bedoeling_interactions_total",
    help: "Interactions (commands, buttons, forms, home) by platform, kind and outcome",
    labelNames: ["platform", "kind", "outcome"],
    registers,
  });
  const acknowledgements = new Histogram({
    name: "bedoeling_acknowledgement_seconds",
    help: "Time from a platform's request to our HTTP answer (Slack must have it within 3 s)",
    labelNames: ["platform"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });
  const rateLimited = new Counter({ name: "bedoeling_platform_rate_limited_total", help: "HTTP 429 answers from Slack's or Teams' API", labelNames: ["platform"], registers });
  const onAnswer = (message: unknown) => {
    const answer = message as PlatformAnswer;
    if (answer.status === 429) rateLimited.inc({ platform: answer.platform });
  };
  platformAnswers.subscribe(onAnswer);

  const outboxItems = new Gauge({ name: "bedoeling_outbox_items", help: "Outbox items: waiting to be delivered, or failed after their retries", labelNames: ["status"], registers });
  const outboxAge = new Gauge({ name: "bedoeling_outbox_oldest_waiting_seconds", help: "Age of the oldest waiting outbox item (0 when none waits)", registers });
  const cases = new Gauge({ name: "bedoeling_cases", help: "Cases by status, over all teams", labelNames: ["status"], registers });
  const slots = new Gauge({ name: "bedoeling_scheduled_slots", help: "The scheduler's runs by job (teams' keys replaced by \"team\") and status", labelNames: ["job", "status"], registers });

  const setAll = (gauge: Gauge, counts: LabelledCount[]) => {
    gauge.reset();
    for (const { labels, count } of counts) gauge.set(labels, count);
  };
  const readDatabase = () => {
    const outbox = outboxStats(db, clock.now());
    outboxItems.set({ status: "waiting" }, outbox.waiting);
    outboxItems.set({ status: "failed" }, outbox.failed);
    outboxAge.set(outbox.oldestSeconds);
    setAll(cases, countCasesByStatus(db));
    setAll(slots, countScheduledSlots(db, jobs));
  };

  return {
    registry,
    countInteraction: (labels) => interactions.inc(labels),
    observeAcknowledgement: (platform, seconds) => acknowledgements.observe({ platform }, seconds),
    async render() {
      readDatabase();
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
    close: () => platformAnswers.unsubscribe(onAnswer),
  };
}
