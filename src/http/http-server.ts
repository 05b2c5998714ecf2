import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { HttpRoute } from "../chat/adapter.ts";
import type { Settings } from "../config/environment.ts";

export interface RunningServer {
  server: Server;
  host: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Every interface, except when Teams runs without authentication (TEAMS_ENABLED=true, no app id):
 * then anyone who reaches POST /api/messages can act as anyone, so only this machine may reach it.
 */
export function listenHost(settings: Pick<Settings, "teams">): string {
  return settings.teams?.isUnauthenticated ? "127.0.0.1" : "0.0.0.0";
}

export interface ServerOptions {
  /** Called when a route's answer has gone out, with the seconds since its request came in. */
  onAnswered?(route: HttpRoute, seconds: number): void;
}

/**
 * One port for everything (DESIGN.md §3): the routes given (the adapters' POST /slack/events and
 * POST /api/messages, GET /readyz and GET /metrics) and GET /healthz, which is liveness: 200 while the
 * process serves, with the state of database and adapters in its body. Unknown paths get a 404, not a hang.
 */
export async function startHttpServer(
  port: number,
  routes: HttpRoute[],
  health: () => { isHealthy: boolean; [key: string]: unknown },
  logger: Logger,
  host = "0.0.0.0",
  options: ServerOptions = {},
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const startedAt = performance.now();
    const path = (request.url ?? "/").split("?")[0];
    if (request.method === "GET" && path === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(describeHealth(health, logger)));
      return;
    }
    const route = routes.find((candidate) => candidate.path === path && candidate.method === request.method);
    if (!route) {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "not_found" }));
      return;
    }
    const { onAnswered } = options;
    if (onAnswered) response.once("finish", () => onAnswered(route, (performance.now() - startedAt) / 1000));
    Promise.resolve(route.handle(request, response)).catch((error: unknown) => {
      logger.error({ err: error, path }, "request failed");
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "internal_error" }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    host,
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The body of GET /healthz; a state that cannot be read (a closed database) is reported, not thrown. */
function describeHealth(health: () => { isHealthy: boolean }, logger: Logger): { isHealthy: boolean } {
  try {
    return health();
  } catch (error) {
    logger.error({ err: error }, "health could not be read");
    return { isHealthy: false };
  }
}
