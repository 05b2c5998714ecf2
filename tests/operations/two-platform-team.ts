import pino from "pino";
import { createSlackAdapter } from "../../adapters/slack/create-slack-adapter.ts";
import { createTeamsAdapter } from "../../adapters/teams/create-teams-adapter.ts";
import { findTeam } from "../../src/team/find-team.ts";
import type { ChatPlatform } from "../../src/chat/chat-platform.ts";
import type { Platform, UserRef } from "../../src/chat/vocabulary.ts";
import { startHttpServer } from "../../src/http/http-server.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { FAST_TUNING, SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import { personalInstall, teamInstall } from "../adapters/teams/teams-activities.ts";
import { CHANNELS, type PersonName } from "../adapters/teams/teams-harness.ts";
import { submitAnswer } from "../support/core-actions.ts";
import { FakeBotConnector } from "../support/fake-bot-connector.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

export const SLACK_CHANNEL = "C0KCC";
export const TEAMS_CHANNEL = CHANNELS.team;
export const slackAnna: UserRef = { platform: "slack", id: "U0ANNA" };
export const slackLisa: UserRef = { platform: "slack", id: "U0LISA" };
export const teamsAnna: UserRef = { platform: "msteams", id: "29:anna" };

export interface TwoPlatformTeam {
  test: TestBot;
  slack: FakeSlackApi;
  connector: FakeBotConnector;
  /** The real Slack and Teams platforms, as the bot holds them. */
  platforms: ReadonlyMap<Platform, ChatPlatform>;
  /** Posts team kcc's prompt on Slack and Teams; its run id. */
  postPrompt(): Promise<number>;
  /** Answers through the core; the answer then appears in the prompt's thread on both platforms. */
  answer(user: UserRef, runId: number, text: string): Promise<void>;
  /** Installs the Teams app in a person's personal chat (Teams then holds a reference with their name). */
  installPersonally(person: PersonName): Promise<void>;
  close(): Promise<void>;
}

/** Team kcc on Slack and Teams at once: the real core and both real adapters, against the fake servers. */
export async function startTwoPlatformTeam(options: { start?: string; databasePath?: string } = {}): Promise<TwoPlatformTeam> {
  const slack = await FakeSlackApi.start();
  const connector = await FakeBotConnector.start();
  const config = testConfig({ slack: { channel: SLACK_CHANNEL }, msteams: { channel: TEAMS_CHANNEL } }, ["slack:U0LISA"]);
  const test = createTestBot(config, options);
  const logger = pino({ level: "silent" });
  const settings = { botToken: slack.token, signingSecret: SIGNING_SECRET, apiUrl: slack.url };
  const slackAdapter = createSlackAdapter({ bot: test.bot, logger, settings, tuning: FAST_TUNING });
  const delivery = { limits: [{ limit: 1000, windowMs: 1000 }], timeoutMs: 250, backoffMs: () => 5 };
  const teamsAdapter = createTeamsAdapter({ bot: test.bot, db: test.db, logger, clock: test.clock, settings: { isUnauthenticated: true }, delivery, outbox: test.bot.core.outbox });
  test.bot.connect(slackAdapter.platform);
  test.bot.connect(teamsAdapter.platform);
  const server = await startHttpServer(0, teamsAdapter.routes, () => ({ isHealthy: true }), logger, "127.0.0.1");
  await slackAdapter.start();
  await teamsAdapter.start();
  const send = async (activities: Record<string, unknown>[]) => {
    for (const activity of activities) {
      const body = JSON.stringify({ serviceUrl: connector.url, ...activity });
      await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body });
    }
    await test.bot.whenIdle();
  };
  await send(teamInstall("lisa"));

  return {
    test,
    slack,
    connector,
    platforms: test.bot.core.platforms,
    async postPrompt() {
      await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
      return test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    },
    async answer(user, runId, text) {
      await submitAnswer(test.bot, user, runId, { text });
    },
    installPersonally: (person) => send(personalInstall(person)),
    async close() {
      await slackAdapter.stop();
      await teamsAdapter.stop();
      await server.close();
      await slack.close();
      await connector.close();
      if (test.db.open) test.db.close();
    },
  };
}
