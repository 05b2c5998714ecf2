import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, bram, GOOD_CASE, noticeText, pressButton, submitAnswer, submitCase } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("an answer that becomes a case", () => {
  it("opens the case form prefilled with the answer, links both ways and is counted in the digest", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    const chat = new RecordingPlatform();
    test.bot.connect(chat);
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    await submitAnswer(test.bot, anna, 1, { text: "Bij elke paspoortaanvraag alle klantvragen registreren dient niemand." });

    const refused = await pressButton(test.bot, bram, "case.from-answer", 1);
    expect(noticeText(refused)).toMatch(/Alleen de schrijver/);
    const opened = await pressButton(test.bot, anna, "case.from-answer", 1);
    expect(opened.kind === "open-form" && opened.form.fields.find((field) => field.name === "situation")?.initial).toMatch(/paspoortaanvraag/);
    const context = opened.kind === "open-form" ? opened.form.context : "";
    await submitCase(test.bot, anna, GOOD_CASE, context);

    expect(test.db.prepare("SELECT source_answer_id FROM cases").pluck().get()).toBe(1);
    const threadReply = chat.posts.find((post) => post.ref.threadId && /paspoortaanvraag/.test(allText(post.message)));
    expect(allText(threadReply!.message)).toMatch(/werd casus G-2026-0001/);
    test.clock.set("2026-03-27T15:00:30Z");
    await test.bot.scheduler.tick();
    const digest = chat.posts.find((post) => /Weekoverzicht · Klantcontactcentrum/.test(post.message.text));
    expect(allText(digest!.message)).toMatch(/1 reflectie leidde tot een casus/);
  });
});
