import pino, { type Logger } from "pino";
import { createTeamsAdapter, type TeamsAdapter, type TeamsAdapterOptions } from "../../../adapters/teams/create-teams-adapter.ts";
import type { DeliveryTuning } from "../../../adapters/teams/paced-http-client.ts";
import type { TeamsSettings } from "../../../src/config/environment.ts";
import { startHttpServer, type RunningServer } from "../../../src/http/http-server.ts";
import { FakeBotConnector } from "../../support/fake-bot-connector.ts";
import { createTestBot, testConfig, type TestBot } from "../../support/test-bot.ts";

export const TENANT = "tenant-gemeente";
export const BOT = { id: "28:bedoeling-bot", name: "bedoeling-bot" };
export const CHANNELS = { team: "19:kcc@thread.tacv2", triage: "19:kcc-garage@thread.tacv2" };
/** A team's id is the id of its General channel. */
export const TEAM_ID = CHANNELS.team;
export const PEOPLE = {
  anna: { id: "29:anna", name: "Anna" },
  lisa: { id: "29:lisa", name: "Lisa" },
  bram: { id: "29:bram", name: "Bram" },
};
export type PersonName = keyof typeof PEOPLE;

export interface TeamsHarness {
  test: TestBot;
  adapter: TeamsAdapter;
  connector: FakeBotConnector;
  server: RunningServer;
  /** Waits the adapter asked for (Retry-After, back-off, pacing), in ms; the test does not really wait. */
  waits: number[];
  /** POSTs one activity to /api/messages, as Teams would (with a token: `authorization`). */
  send(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The real core, the Agents SDK's real CloudAdapter over HTTP, and a fake Bot Connector, all on 127.0.0.1. */
export interface HarnessOptions {
  delivery?: Partial<DeliveryTuning>;
  logger?: Logger;
  settings?: TeamsSettings;
  /** The config's `msteams.allowedTenants`. */
  allowedTenants?: string[];
  /** A local token signer instead of Microsoft Entra ID (with an app id in `settings`). */
  ownIdentity?: TeamsAdapterOptions["ownIdentity"];
  /** More of the config (e.g. addressees), and more channels of the team that the bot learns on install. */
  config?: Record<string, unknown>;
  channels?: { id: string; name: string }[];
}

export async function startTeamsHarness(options: HarnessOptions = {}): Promise<TeamsHarness> {
  const connector = await FakeBotConnector.start();
  connector.teamChannels.set(TEAM_ID, [
    { id: CHANNELS.team, name: "Algemeen" },
    { id: CHANNELS.triage, name: "Garage" },
    ...(options.channels ?? []),
  ]);
  const roster = Object.values(PEOPLE);
  connector.members.set(CHANNELS.team, roster);
  connector.members.set(CHANNELS.triage, roster);
  const test = createTestBot(testConfig({ msteams: { channel: CHANNELS.team, triageChannel: CHANNELS.triage } }, ["msteams:29:lisa"], options.config));
  const logger = options.logger ?? pino({ level: "silent" });
  const waits: number[] = [];
  const adapter = createTeamsAdapter({
    bot: test.bot,
    db: test.db,
    settings: options.settings ?? { isUnauthenticated: true },
    allowedTenants: options.allowedTenants,
    ownIdentity: options.ownIdentity,
    logger,
    clock: test.clock,
    outbox: test.bot.core.outbox,
    delivery: {
      limits: [{ limit: 1000, windowMs: 1000 }],
      time: { now: () => performance.now(), sleep: (ms) => (waits.push(ms), new Promise((resolve) => setTimeout(resolve, 1))) },
      timeoutMs: 250,
      backoffMs: () => 10,
      ...options.delivery,
    },
  });
  test.bot.connect(adapter.platform);
  const server = await startHttpServer(0, adapter.routes, () => ({ isHealthy: true }), logger, "127.0.0.1");
  await adapter.start();
  return {
    test,
    adapter,
    connector,
    server,
    waits,
    send: async (activity, headers = {}) => {
      const response = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ serviceUrl: connector.url, ...activity }),
      });
      const text = await response.text();
      // Thread replies and DMs follow the answer; a test looks once they are done, as a person would.
      await test.bot.whenIdle();
      const isJson = response.headers.get("content-type")?.includes("json");
      return { status: response.status, body: text && isJson ? (JSON.parse(text) as unknown) : text || undefined };
    },
    close: async () => {
      await adapter.stop();
      await server.close();
      await connector.close();
      test.db.close();
    },
  };
}
