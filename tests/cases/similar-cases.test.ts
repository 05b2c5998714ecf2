import { beforeEach, describe, expect, it } from "vitest";
import { anna, GOOD_CASE, lisa, noticeText, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

describe("similar earlier cases", () => {
  it("shows the submitter and the triage thread an earlier decided case about the same rule", async () => {
    await submitCase(test.bot, anna, GOOD_CASE);
    await pressButton(test.bot, lisa, "case.take", 1);
    await submitMove(test.bot, lisa, 1, "decide", { outcome: "reasoned-deviation", reasons: "Geen gedeelde kosten zonder inkomen." });
    await submitCase(test.bot, anna, { ...GOOD_CASE, title: "Parkeervergunning bij verhuizing", rule: "Parkeerverordening", situation: "Verhuisde inwoner moet opnieuw betalen voor zijn vergunning." });

    const reply = await submitCase(test.bot, anna, {
      ...GOOD_CASE,
      title: "Dochter woont tijdelijk in; kostendelersnorm verlaagt uitkering",
      situation: "Oudere inwoner met AOW; haar dochter trekt tijdelijk in na een scheiding.",
    });
    const shown = JSON.stringify(reply);
    expect(shown).toMatch(/G-2026-0001/);
    expect(shown).toMatch(/beargumenteerd afgeweken/);
    expect(shown).not.toMatch(/G-2026-0002/);
    const thread = chat.posts.filter((post) => post.ref.threadId).map((post) => allText(post.message)).join("\n");
    expect(thread).toMatch(/Vergelijkbare eerdere casussen[\s\S]*G-2026-0001/);
  });

  it("shows nothing when there is no earlier case", async () => {
    const reply = await submitCase(test.bot, anna, GOOD_CASE);
    expect(noticeText(reply)).not.toMatch(/Vergelijkbare/);
  });
});
