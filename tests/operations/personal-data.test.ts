import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, bram, GOOD_CASE, noticeText, submitAnswer, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("what the bot tells people about their data", () => {
  it("shows a person everything stored about them, and nothing about others", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    await submitAnswer(test.bot, anna, 1, { text: "Mijn eigen reflectie." });
    await submitAnswer(test.bot, bram, 1, { text: "Die van Bram." });
    await submitCase(test.bot, anna, GOOD_CASE);
    await submitCase(test.bot, anna, { ...GOOD_CASE, isAnonymous: "true" });

    const reply = await test.bot.handle({ kind: "command", user: anna, place: {}, name: "casus", text: "inzage" });
    const text = reply.kind === "notice" ? reply.message.blocks.map((block) => ("text" in block ? block.text : "")).join("\n") : "";
    expect(text).toMatch(/1 antwoorden op reflectievragen/);
    expect(text).toMatch(/1 casussen die je op naam inbracht/);
    expect(text).toMatch(/Mijn eigen reflectie/);
    expect(text).not.toMatch(/Die van Bram/);
  });

  it("says plainly what is stored and for how long, with this organisation's retention", async () => {
    const test = createTestBot(testConfig({}, [], { retention: { answersDays: 365 } }));
    const reply = await test.bot.handle({ kind: "command", user: anna, place: {}, name: "casus", text: "bewaren" });
    expect(noticeText(reply)).toMatch(/Antwoorden: 365 dagen bewaard, daarna gewist/);
    expect(noticeText(reply)).toMatch(/Gesloten casussen: bewaard tot een beheerder ze wist/);
    expect(noticeText(reply)).toMatch(/anonieme casus bewaren we niets over jou/);
  });
});
