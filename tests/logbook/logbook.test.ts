import { describe, expect, it } from "vitest";
import { anna, bram, noticeText } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("the personal logbook", () => {
  it("asks at the chosen moment exactly once, keeps the answer private and lets the person export it", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]), { start: "2026-03-26T12:00:00Z" });
    const chat = new RecordingPlatform();
    test.bot.connect(chat);
    const command = (text: string, user = anna) =>
      test.bot.handle({ kind: "command", user, place: {}, name: "casus", text });

    expect(noticeText(await command("logboek aan vrijdag 16:30"))).toMatch(/vrijdag om 16:30/);
    expect(noticeText(await command("logboek aan someday 99:00"))).toMatch(/Voorbeeld/);
    test.clock.set("2026-03-27T15:30:20Z"); // Friday 16:30 in Amsterdam
    await test.bot.scheduler.tick();
    test.clock.advanceMinutes(1);
    await test.bot.scheduler.tick();
    expect(chat.directs).toHaveLength(1);
    expect(chat.directs[0]!.user).toEqual(anna);
    const write = chat.directs[0]!.message.blocks.find((block) => block.type === "buttons");
    const promptId = write?.type === "buttons" ? write.buttons[0]!.value : undefined;

    const form = await test.bot.handle({ kind: "button", user: anna, place: {}, action: "logbook.open", value: promptId });
    expect(form.kind).toBe("open-form");
    const saved = await test.bot.handle({
      kind: "form-submit",
      user: anna,
      place: {},
      formId: "logbook.submit",
      context: form.kind === "open-form" ? form.form.context : "",
      values: { text: "Vandaag geleerd: eerst vragen wat iemand nodig heeft." },
    });
    expect(noticeText(saved)).toMatch(/Alleen jij/);
    expect(chat.posts.map((post) => allText(post.message)).join()).not.toMatch(/eerst vragen/);

    expect(noticeText(await command("logboek export"))).toMatch(/eerst vragen wat iemand nodig heeft/);
    expect(noticeText(await command("logboek export", bram))).toMatch(/nog leeg/);
    expect(noticeText(await command("logboek uit"))).toMatch(/staat uit/);
  });
});
