import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { postDigest } from "../../src/digest/post-digest.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, submitAnswer } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("the weekly digest", () => {
  it("covers what changed since the previous digest", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    const chat = new RecordingPlatform();
    test.bot.connect(chat);
    const kcc = findTeam(test.bot.core, "kcc")!;
    await postPrompt(test.bot.core, kcc);
    await submitAnswer(test.bot, anna, 1, { text: "Een antwoord op maandag." });

    test.clock.set("2026-03-25T12:00:00Z"); // Wednesday, on demand
    await postDigest(test.bot.core, kcc);
    test.clock.set("2026-03-27T15:00:30Z"); // Friday 16:00, scheduled
    await test.bot.scheduler.tick();

    const digests = chat.posts.filter((post) => /Weekoverzicht/.test(post.message.text)).map((post) => allText(post.message));
    expect(digests).toHaveLength(2);
    expect(digests[0]).toMatch(/1 vraag gesteld · 1 antwoord/);
    expect(digests[1]).toMatch(/Deze week geen vraag gesteld/);
    expect(digests[1]).toMatch(/wo 25 mrt – vr 27 mrt/);
  });

  it("shows the answer rate as a share of the channel's members", async () => {
    const test = createTestBot(testConfig({}, []));
    const chat = new RecordingPlatform("console", 4);
    test.bot.connect(chat);
    const kcc = findTeam(test.bot.core, "kcc")!;
    await postPrompt(test.bot.core, kcc);
    await submitAnswer(test.bot, anna, 1, { text: "Eén van vier." });
    test.clock.advanceMinutes(60);
    await postDigest(test.bot.core, kcc);
    expect(allText(chat.posts.at(-1)!.message)).toMatch(/25% van 4 kanaalleden/);
  });

  it("is posted once on every platform when a platform fails and the outbox tries again", async () => {
    const test = createTestBot(testConfig({ slack: { channel: "C0KCC" } }, []));
    const terminal = new RecordingPlatform("console");
    const slack = new RecordingPlatform("slack");
    test.bot.connect(terminal);
    test.bot.connect(slack);
    slack.failNextPosts = 1;
    test.clock.set("2026-03-27T15:00:30Z"); // Friday 16:00
    await test.bot.scheduler.tick();
    test.clock.advanceMinutes(1);
    await test.bot.scheduler.tick();
    await test.bot.whenIdle();
    const digests = (platform: RecordingPlatform) => platform.posts.filter((post) => /Weekoverzicht · Klantcontactcentrum/.test(post.message.text));
    expect(digests(terminal)).toHaveLength(1);
    expect(digests(slack)).toHaveLength(1);
  });
});
