import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Platform } from "../chat/vocabulary.ts";

export type InteractionLabels = { platform: Platform | "other"; kind: string; outcome: string };

/**
 * The bot's metrics on a registry of its own (not prom-client's global one, which any library could
 * fill). Loaded at the first scrape only (bot-metrics.ts keeps what happens before): prom-client and
 * its process metrics cost a tenth of a second and ten megabytes that a bot nobody scrapes need not pay.
 */
export function createPrometheusRegistry() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const gauge = (name: string, help: string, labelNames: string[] = []) => new Gauge({ name, help, labelNames, registers });
  return {
    registry,
    interactions: new Counter({
      name: "bedoeling_interactions_total",
      help: "Interactions (commands, buttons, forms, home) by platform, kind and outcome",
      labelNames: ["platform", "kind", "outcome"],
      registers,
    }),
    acknowledgements: new Histogram({
      name: "bedoeling_acknowledgement_seconds",
      help: "Time from a platform's request to our HTTP answer (Slack must have it within 3 s)",
      labelNames: ["platform"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    }),
    rateLimited: new Counter({ name: "bedoeling_platform_rate_limited_total", help: "HTTP 429 answers from Slack's or Teams' API", labelNames: ["platform"], registers }),
    outboxItems: gauge("bedoeling_outbox_items", "Outbox items: waiting to be delivered, or failed after their retries", ["status"]),
    outboxAge: gauge("bedoeling_outbox_oldest_waiting_seconds", "Age of the oldest waiting outbox item (0 when none waits)"),
    cases: gauge("bedoeling_cases", "Cases by status, over all teams", ["status"]),
    slots: gauge("bedoeling_scheduled_slots", "The scheduler's runs by job (teams' keys replaced by \"team\") and status", ["job", "status"]),
  };
}

export type PrometheusRegistry = ReturnType<typeof createPrometheusRegistry>;
