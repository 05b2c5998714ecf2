// The composition root: the one place in src/ that knows the adapters.
import { createConsoleAdapter } from "../adapters/console/create-console-adapter.ts";
import type { Adapter, HttpRoute } from "./chat/adapter.ts";
import { createBot } from "./composition/create-bot.ts";
import { findTeam } from "./team/find-team.ts";
import { loadApp } from "./config/load-app.ts";
import { platformsToLoad } from "./composition/connect-platforms.ts";
import { postDigest } from "./digest/post-digest.ts";
import { describeProxy, routeEgress } from "./http/egress.ts";
import { listenHost, startHttpServer } from "./http/http-server.ts";
import { metricsRoute, readinessRoute } from "./http/operations-routes.ts";
import { checkReadiness } from "./http/readiness.ts";
import { consoleLogPath, createLogger, logFileNotice, openLogFile } from "./logging/logger.ts";
import { createBotMetrics } from "./metrics/bot-metrics.ts";
import { observeInteractions } from "./metrics/observe-interactions.ts";
import { postPrompt } from "./reflection/post-prompt.ts";
import { openDatabase } from "./storage/database.ts";
import { outboxStats } from "./outbox/outbox-store.ts";
import { systemClock } from "./time/clock.ts";
import { isDatabaseAnswering } from "./storage/probes.ts";

async function main(): Promise<void> {
  const loaded = loadApp(process.env);
  if (!loaded.ok) {
    process.stderr.write(`bedoeling-bot kan niet starten:\n${loaded.problems.map((p) => `- ${p}`).join("\n")}\n`);
    process.exit(1);
  }
  const { settings, config, library, configPath, isExampleConfig } = loaded.app;
  // Before any adapter exists: every call to Slack and Microsoft goes through HTTPS_PROXY, unless NO_PROXY.
  routeEgress(settings.proxy);
  // Without platform credentials the console runs in this terminal: its log goes to a file instead.
  const logFile = settings.slack || settings.teams ? undefined : consoleLogPath(settings.databasePath);
  const logger = createLogger(settings.logLevel, logFile ? openLogFile(logFile) : undefined);
  if (logFile) process.stdout.write(`${logFileNotice(logFile, config.language)}\n`);
  const db = openDatabase(settings.databasePath);
  const unobserved = createBot({ db, config, library, clock: systemClock, logger });
  const jobs = { teamKeys: new Set(config.teams.map((team) => team.key)), jobKeys: new Set(unobserved.scheduler.listJobs().map((job) => job.key)) };
  const metrics = createBotMetrics(db, systemClock, jobs);
  const bot = observeInteractions(unobserved, metrics);
  const platforms = platformsToLoad(bot, settings, db, logger, systemClock);
  const adapters: Adapter[] = [];

  const isConsole = !settings.slack && !settings.teams;
  const consoleAdapter = isConsole
    ? createConsoleAdapter({
        bot,
        write: (text) => process.stdout.write(`${text}\n`),
        actions: {
          postPrompt: async (key) => {
            const team = findTeam(bot.core, key);
            if (!team) return undefined;
            const outcome = await postPrompt(bot.core, team);
            return outcome.note ? `${outcome.status} (${outcome.note})` : outcome.status;
          },
          postDigest: async (key) => {
            const team = findTeam(bot.core, key);
            if (!team) return undefined;
            const outcome = await postDigest(bot.core, team);
            return outcome.note ? `${outcome.status} (${outcome.note})` : outcome.status;
          },
        },
      })
    : undefined;
  if (consoleAdapter) {
    adapters.push(consoleAdapter);
    bot.connect(consoleAdapter.platform);
  }

  const health = () => {
    const database = isDatabaseAnswering(db) ? "ok" : "error";
    const states = adapters.map((adapter) => adapter.health());
    return {
      isHealthy: database === "ok" && states.every((s) => s.isHealthy),
      database,
      adapters: states,
      outbox: outboxStats(db, systemClock.now()),
    };
  };
  // The adapters' routes answer platforms: how long that takes is their acknowledgement latency.
  const platformOf = platforms.routes;
  const ready = readinessRoute(async () => {
    const readiness = await checkReadiness({ db, adapters, clock: systemClock });
    return platforms.isLoaded() || isConsole ? readiness : { ...readiness, isReady: false };
  });
  const routes = [...platformOf.keys(), ready, metricsRoute(metrics)];
  const onAnswered = (route: HttpRoute, seconds: number) => {
    const platform = platformOf.get(route);
    if (platform) metrics.observeAcknowledgement(platform, seconds);
  };
  const server = await startHttpServer(settings.port, routes, health, logger, listenHost(settings), { onAnswered });
  // Listening before the platforms' SDKs are loaded: a request meanwhile waits for them; /readyz says 503.
  if (!isConsole) {
    logger.info({ host: server.host, port: server.port }, "bedoeling-bot listening");
    adapters.push(...(await platforms.load()));
  }
  for (const adapter of adapters) await adapter.start();
  bot.core.outbox.start();
  bot.scheduler.start();
  logger.info(
    {
      host: server.host,
      port: server.port,
      config: configPath,
      isExampleConfig,
      database: settings.databasePath,
      adapters: adapters.map((a) => a.platform.platform),
      proxy: describeProxy(settings.proxy),
    },
    "bedoeling-bot started",
  );

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "bedoeling-bot stopping");
    await bot.scheduler.stop();
    for (const adapter of adapters) await adapter.stop();
    // What saved changes show on the platforms goes out before the database closes, for at most ten
    // seconds; what is left waits in the outbox for the next start.
    await bot.core.outbox.stop(10_000);
    await server.close();
    db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  if (consoleAdapter) {
    await consoleAdapter.run(process.stdin);
    await stop("console closed");
  }
}

void main();
