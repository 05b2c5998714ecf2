import pino, { type Logger } from "pino";
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from "../../../adapters/slack/create-slack-adapter.ts";
import type { SlackTuning } from "../../../adapters/slack/slack-tuning.ts";
import type { Bot } from "../../../src/chat/adapter.ts";
import type { Interaction, Reply } from "../../../src/chat/vocabulary.ts";
import { startHttpServer, type RunningServer } from "../../../src/http/http-server.ts";
import { openDatabase, type Db } from "../../../src/storage/database.ts";
import { FakeSlackApi } from "../../support/fake-slack-api.ts";
import { tempDatabasePath } from "../../support/temp-database.ts";
import { sendSignedRequest, type SignedRequestOptions, type SlackBody, type SlackResponse } from "./signed-request.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** Short timings so that retries, pacing and deadlines take milliseconds in tests. */
export const FAST_TUNING: SlackTuning = {
  paceMs: 0,
  attempts: 4,
  backoffMs: 5,
  retryAfterUnitMs: 20,
  maxRetryAfterSeconds: 60,
  requestTimeoutMs: 150,
  submitDeadlineMs: 300,
};

/** A bot that answers with whatever the test scripts, and remembers what it was asked. */
export class ScriptedBot implements Bot {
  readonly seen: Interaction[] = [];
  constructor(public answer: (interaction: Interaction) => Reply | Promise<Reply> = () => ({ kind: "nothing" })) {}
  async handle(interaction: Interaction): Promise<Reply> {
    this.seen.push(interaction);
    return this.answer(interaction);
  }
}

export interface SlackHarness {
  fake: FakeSlackApi;
  adapter: SlackAdapter;
  db: Db;
  server: RunningServer;
  /** Sends a signed request to POST /slack/events and waits until the adapter has finished with it. */
  send(body: SlackBody, options?: SignedRequestOptions): Promise<SlackResponse>;
  close(): Promise<void>;
}

/** The real Slack adapter (real Bolt) on the real HTTP server, talking to a fake Web API. */
export async function startSlackHarness(
  bot: Bot,
  options: { tuning?: Partial<SlackTuning>; db?: Db; logger?: Logger } = {},
): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start();
  const db = options.db ?? openDatabase(tempDatabasePath());
  const logger = options.logger ?? pino({ level: "silent" });
  const adapter = createSlackAdapter({
    bot,
    logger,
    settings: { botToken: fake.token, signingSecret: SIGNING_SECRET, apiUrl: fake.url },
    tuning: { ...FAST_TUNING, ...options.tuning },
  });
  const server = await startHttpServer(0, adapter.routes, () => ({ isHealthy: true }), logger, "127.0.0.1");
  await adapter.start();
  return {
    fake,
    adapter,
    db,
    server,
    async send(body, requestOptions) {
      const response = await sendSignedRequest(`${server.url}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, body, requestOptions);
      await adapter.whenIdle();
      return response;
    },
    async close() {
      await adapter.stop();
      await server.close();
      await fake.close();
      if (!options.db) db.close();
    },
  };
}
