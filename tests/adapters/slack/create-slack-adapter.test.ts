import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../adapters/slack/create-slack-adapter.ts";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { FakeSlackApi } from "../../support/fake-slack-api.ts";
import { fixture, formFixture } from "./fixtures.ts";
import { FAST_TUNING, ScriptedBot, SIGNING_SECRET, startSlackHarness, type SlackHarness } from "./slack-harness.ts";

const silent = pino({ level: "silent" });

describe("creating the Slack adapter", () => {
  let fake: FakeSlackApi | undefined;
  let harness: SlackHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await fake?.close();
    harness = fake = undefined;
  });

  function adapterFor(settings: { botToken: string; appToken?: string; apiUrl?: string }) {
    return createSlackAdapter({
      bot: new ScriptedBot(),
      logger: silent,
      settings: { signingSecret: SIGNING_SECRET, ...settings },
      tuning: FAST_TUNING,
    });
  }

  it("serves POST /slack/events in HTTP mode, and no route in Socket Mode", () => {
    expect(adapterFor({ botToken: "xoxb-1" }).routes.map((route) => `${route.method} ${route.path}`)).toEqual(["POST /slack/events"]);
    expect(adapterFor({ botToken: "xoxb-1", appToken: "xapp-1-A0-1-abc" }).routes).toEqual([]);
  });

  it("is healthy once Slack accepts its token", async () => {
    fake = await FakeSlackApi.start();
    const adapter = adapterFor({ botToken: fake.token, apiUrl: fake.url });
    expect(adapter.health().isHealthy).toBe(false);
    await adapter.start();
    expect(adapter.health()).toEqual({ platform: "slack", isHealthy: true, detail: "http" });
  });

  it("refuses to start with a token Slack does not accept, and says why", async () => {
    fake = await FakeSlackApi.start();
    const adapter = adapterFor({ botToken: "xoxb-wrong", apiUrl: fake.url });
    await expect(adapter.start()).rejects.toMatchObject({ code: "slack_api_error" });
    expect(adapter.health()).toMatchObject({ isHealthy: false, detail: "http: slack_api_error (invalid_auth)" });
  });

  it("starts unhealthy but running when Slack cannot be reached", async () => {
    const closed = await FakeSlackApi.start();
    await closed.close();
    const adapter = adapterFor({ botToken: "xoxb-1", apiUrl: closed.url });
    await adapter.start();
    expect(adapter.health()).toMatchObject({ isHealthy: false, detail: "http: slack_unreachable" });
  });

  it("logs neither tokens, nor the signing secret, nor what people wrote, at info level", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const secretText = "Mevrouw Jansen belde over haar toeslag";
    harness = await startSlackHarness(new ScriptedBot(() => ({ kind: "notice", message: textMessage(secretText) })), { logger });
    harness.fake.failNext("chat.postEphemeral", 1, { status: 429 });
    await harness.send({ form: { ...formFixture("slash-command"), text: secretText } });
    await harness.send({ form: formFixture("slash-command") }, { secret: "forged" });
    await harness.send({ payload: fixture("message-action") });
    harness.fake.failNext("chat.postMessage", 4, { status: 500 });
    await harness.adapter.platform.post("C0KCC", textMessage(secretText)).catch(() => undefined);
    const log = lines.join("");
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [harness.fake.token, SIGNING_SECRET, secretText, "kostendelersnorm"]) expect(log).not.toContain(secret);
  });
});
