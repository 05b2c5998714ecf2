import type { HttpRoute } from "../chat/adapter.ts";
import type { BotMetrics } from "../metrics/bot-metrics.ts";
import type { Readiness } from "./readiness.ts";

/** GET /readyz: 200 when every part is ready, else 503; the body names each part (see Readiness). */
export function readinessRoute(check: () => Promise<Readiness>): HttpRoute {
  return {
    method: "GET",
    path: "/readyz",
    handle: async (_request, response) => {
      const readiness = await check();
      response.writeHead(readiness.isReady ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify(readiness));
    },
  };
}

/** GET /metrics: Prometheus' text format. */
export function metricsRoute(metrics: BotMetrics): HttpRoute {
  return {
    method: "GET",
    path: "/metrics",
    handle: async (_request, response) => {
      const { contentType, body } = await metrics.render();
      response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
      response.end(body);
    },
  };
}
