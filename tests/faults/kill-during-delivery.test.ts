import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/create-slack-adapter.ts";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import type { SentModal } from "../adapters/slack/slack-surfaces.ts";
import { sendSignedRequest, type SlackBody } from "../adapters/slack/signed-request.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { startBotProcess, writeSlackConfig, type BotProcess } from "./bot-process.ts";
import { slashCommand, viewSubmission } from "./slack-bodies.ts";

const CHANNELS = { channel: "C0KCC", triageChannel: "C0KCCGARAGE" };

async function waitFor<T>(find: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > giveUpAt) throw new Error("waited in vain");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The real bot process is killed while Slack holds its follow-up calls: the scheduled prompt and the
 * triage post of an acknowledged case have reached Slack, but their answers have not reached the bot.
 */
describe("the bot killed while the platform holds its follow-up posts", () => {
  const databasePath = tempDatabasePath();
  let fake: FakeSlackApi;
  let bot: BotProcess;
  let restarted: BotProcess | undefined;
  const send = (to: BotProcess, body: SlackBody) => sendSignedRequest(`${to.url}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, body);

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    const configPath = writeSlackConfig(databasePath, CHANNELS);
    // The next two posts (the prompt, then the case's triage post) arrive, but Slack's answer never comes.
    fake.failNext("chat.postMessage", 2, { hang: true, isCarriedOut: true });
    bot = await startBotProcess(fake, databasePath, configPath);
    await waitFor(() => fake.messagesIn(CHANNELS.channel)[0]);
    expect((await send(bot, slashCommand("U0ANNA", CHANNELS.channel))).status).toBe(200);
    const view = await waitFor(() => fake.callsOf("views.open")[0]?.body.view as SentModal | undefined);
    const saved = await send(bot, viewSubmission("U0ANNA", view, CLEAN_CASE));
    expect(saved.status).toBe(200);
    await waitFor(() => fake.messagesIn(CHANNELS.triageChannel)[0]);
    bot.child.kill("SIGKILL");
    await bot.exited;
    restarted = await startBotProcess(fake, databasePath, configPath);
  }, 60_000);

  afterAll(async () => {
    bot?.child.kill("SIGKILL");
    restarted?.child.kill("SIGKILL");
    await fake?.close();
  });

  async function outbox(): Promise<{ waiting: number; failed: number }> {
    const health = await fetch(`${restarted!.url}/healthz`);
    return ((await health.json()) as { outbox: { waiting: number; failed: number } }).outbox;
  }

  it("finishes what was left after the restart, and shows every post exactly once", async () => {
    for (let round = 0; round < 200 && (await outbox()).waiting > 0; round += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await outbox()).toEqual({ waiting: 0, failed: 0, oldestSeconds: 0 });
    expect(fake.messagesIn(CHANNELS.channel)).toHaveLength(1);
    expect(fake.messagesIn(CHANNELS.triageChannel).filter((message) => /G-2026-0001|G-\d{4}-0001/.test(message.text))).toHaveLength(1);
    // The restarted bot looked for its earlier posts instead of sending them again.
    expect(fake.callsOf("conversations.history").length).toBeGreaterThanOrEqual(2);
  });

  it("posted the acknowledged case itself, whole", () => {
    expect(fake.messagesIn(CHANNELS.triageChannel).map((message) => message.text).join("\n")).toMatch(/Kleinzoon tijdelijk inwonend/);
  });
});
