import { afterEach, describe, expect, it } from "vitest";
import { textMessage } from "../../src/chat/vocabulary.ts";
import { listOutbox } from "../../src/outbox/outbox-store.ts";
import { enqueuePost } from "../../src/outbox/platform-effects.ts";
import type { ScenarioDriver } from "../scenarios/scenario-driver.ts";
import { createSlackDriver, type SlackDriver } from "../scenarios/slack-driver.ts";
import { FLAKY_PLATFORMS, type FlakyPlatform } from "./flaky-platforms.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";

// The bot's three kinds of posts (a scheduled prompt, a case for triage, a direct message), each while
// the platform fails, end to end: the real core, the real adapter over HTTP, a fake platform.

const MONDAY_0900 = "2026-03-23T08:00:30Z";
const MONDAY_0901 = "2026-03-23T08:01:30Z";
const MONDAY_0915 = "2026-03-23T08:15:30Z";

for (const { name, faults, start } of FLAKY_PLATFORMS) describe(`when ${name} answers ${faults}`, () => {
  let flaky: FlakyPlatform;
  let driver: ScenarioDriver;
  afterEach(async () => driver?.close());

  async function started(): Promise<void> {
    flaky = await start();
    driver = flaky.driver;
  }

  /** A minute later: what the outbox left waiting (a Teams post that timed out) has been sent again. */
  async function aMinuteLater(): Promise<void> {
    driver.clock.advanceMinutes(1);
    await driver.bot.whenIdle();
  }

  it("posts the scheduled prompt exactly once", async () => {
    await started();
    const before = flaky.postAttempts();
    const attempts = flaky.failNextPosts();
    driver.clock.set(MONDAY_0900);
    const reports = await driver.bot.scheduler.tick();
    expect(reports.filter((report) => report.job === "reflection:kcc").map((report) => report.result)).toEqual(["ran"]);
    await aMinuteLater();
    expect(flaky.postAttempts() - before).toBe(attempts);
    const posts = driver.messagesIn(driver.channels.team);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.buttons.map((button) => button.action)).toContain("answer.open");
    await driver.bot.scheduler.tick();
    expect(driver.messagesIn(driver.channels.team)).toHaveLength(1);
  });

  it("routes a submitted case to the triage channel exactly once and thanks the submitter", async () => {
    await started();
    const form = (await driver.command("anna", driver.channels.team, "")).form!;
    expect(form.formId).toBe("case.submit");
    const before = flaky.postAttempts();
    const attempts = flaky.failNextPosts();
    const result = await driver.submit("anna", form, CLEAN_CASE);
    expect(result.notice).toMatch(/G-2026-0001/);
    await aMinuteLater();
    expect(flaky.postAttempts() - before).toBe(attempts);
    const triage = driver.messagesIn(driver.channels.triage).filter((message) => /G-2026-0001/.test(message.text));
    expect(triage).toHaveLength(1);
    expect(driver.bot.core.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(1);
  });

  it("sends a logbook prompt as exactly one direct message", async () => {
    await started();
    const subscribed = await driver.command("anna", driver.channels.team, "logboek aan maandag 09:15");
    expect(subscribed.notice).toMatch(/logboek staat aan/i);
    driver.clock.set(MONDAY_0900);
    await driver.bot.scheduler.tick();
    const before = flaky.postAttempts();
    const attempts = flaky.failNextPosts();
    driver.clock.set(MONDAY_0915);
    await driver.bot.scheduler.tick();
    await aMinuteLater();
    expect(flaky.postAttempts() - before).toBe(attempts);
    expect(driver.directMessagesTo("anna")).toHaveLength(1);
    expect(driver.directMessagesTo("anna")[0]).toMatch(/logboek/i);
  });
});

describe("when Slack loses the answer to a post and cannot be asked about it either", () => {
  let driver: SlackDriver | undefined;
  afterEach(async () => driver?.close());

  it("posts the scheduled prompt once, also when the outbox tries it again a minute later", async () => {
    driver = await createSlackDriver();
    driver.fake.failNext("chat.postMessage", 1, { hang: true, isCarriedOut: true });
    driver.fake.failNext("conversations.history", 4, { status: 500 });
    driver.clock.set(MONDAY_0900);
    const first = await driver.bot.scheduler.tick();
    expect(first.find((report) => report.job === "reflection:kcc")?.result).toBe("ran");
    const waiting = listOutbox(driver.bot.core.db);
    expect(waiting).toMatchObject([{ kind: "prompt.post", status: "waiting", attempts: 1, lastError: "slack_delivery_unknown" }]);
    driver.clock.set(MONDAY_0901);
    await driver.bot.whenIdle();
    expect(listOutbox(driver.bot.core.db)).toEqual([]);
    expect(driver.messagesIn(driver.channels.team)).toHaveLength(1);
  });
});

describe("when Slack rate-limits one channel for an hour", () => {
  let driver: SlackDriver | undefined;
  afterEach(async () => driver?.close());

  it("keeps posting to the other channels, and posts to that one after the hour", async () => {
    driver = await createSlackDriver();
    const core = driver.bot.core;
    driver.fake.failNext("chat.postMessage", 1, { status: 429, retryAfter: 3600 });
    const started = Date.now();
    enqueuePost(core, "slack", "C0DRUK", textMessage("Voor het drukke kanaal"));
    enqueuePost(core, "slack", "C0RUSTIG", textMessage("Voor het rustige kanaal"));
    enqueuePost(core, "slack", "C0RUSTIG", textMessage("Nog een, in volgorde"));
    await driver.bot.whenIdle();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(driver.fake.messagesIn("C0RUSTIG").map((message) => message.text)).toEqual(["Voor het rustige kanaal", "Nog een, in volgorde"]);
    expect(driver.fake.messagesIn("C0DRUK")).toHaveLength(0);
    const [waiting] = listOutbox(core.db);
    expect(waiting).toMatchObject({ lane: "slack:C0DRUK", status: "waiting", lastError: "slack_rate_limited" });
    expect(Date.parse(waiting!.notBefore) - core.clock.now().getTime()).toBe(3_600_000);

    driver.clock.advanceMinutes(61);
    await driver.bot.whenIdle();
    expect(driver.fake.messagesIn("C0DRUK").map((message) => message.text)).toEqual(["Voor het drukke kanaal"]);
  });
});
