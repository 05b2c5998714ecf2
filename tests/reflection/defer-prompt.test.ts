import { describe, expect, it } from "vitest";
import type { Button, UserRef } from "../../src/chat/vocabulary.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { sendLaterReminders } from "../../src/reflection/later-reminders.ts";
import { sendLeadPrompts } from "../../src/reflection/lead-prompts.ts";
import { nextPersonalPrompt } from "../../src/reflection/personal-prompts.ts";
import { anna, bram, lisa, noticeText, submitAnswer } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, tempDatabasePath, testConfig, type TestBot } from "../support/test-bot.ts";

const CONFIG = testConfig({}, ["console:lisa"]);
const IN_CHANNEL = { conversationId: "#kcc" };

function start(databasePath = tempDatabasePath(), at?: string): TestBot & { chat: RecordingPlatform; path: string } {
  const test = createTestBot(CONFIG, { databasePath, start: at });
  const chat = new RecordingPlatform("console");
  test.bot.connect(chat);
  return { ...test, chat, path: databasePath };
}

async function press(test: TestBot, user: UserRef, action: string, value: string, place = IN_CHANNEL): Promise<string> {
  const reply = await test.bot.handle({ kind: "button", user, place, action, value });
  await test.bot.whenIdle();
  return noticeText(reply);
}

const buttonsOf = (test: { chat: RecordingPlatform }, index: number): Button[] =>
  test.chat.directs[index]!.message.blocks.flatMap((block) => (block.type === "buttons" ? block.buttons : []));

describe("skipping a prompt and being reminded later", () => {
  it("sends the one reminder exactly once, across a restart and with a second process on the same file", async () => {
    const first = start();
    await postPrompt(first.bot.core, CONFIG.teams[0]!);
    expect(await press(first, anna, "prompt.later", "1")).toMatch(/di 24 mrt om 09:00/);
    expect(await press(first, bram, "prompt.later", "1", { conversationId: "#wmo" })).toMatch(/ken ik niet/);
    first.db.close();

    // Tuesday 09:00: the first process after a restart writes the reminder, but its platform is not there yet.
    const restarted = createTestBot(CONFIG, { databasePath: first.path, start: "2026-03-24T08:00:00Z" });
    expect(await sendLaterReminders(restarted.bot.core)).toBe(1);
    restarted.db.close();

    const next = start(first.path, "2026-03-24T08:01:00Z");
    const second = start(first.path, "2026-03-24T08:01:00Z");
    expect(await sendLaterReminders(next.bot.core)).toBe(0);
    expect(await sendLaterReminders(second.bot.core)).toBe(0);
    next.clock.advanceMinutes(5);
    await next.bot.whenIdle();
    await second.bot.whenIdle();
    const reminders = [...next.chat.directs, ...second.chat.directs];
    expect(reminders.map((direct) => direct.user.id)).toEqual(["anna"]);
    expect(allText(reminders[0]!.message)).toMatch(/Je vroeg om een herinnering/);

    // The reminder's own "Antwoorden" opens the form in the private chat; nobody else's does.
    expect((await next.bot.handle({ kind: "button", user: anna, place: { conversationId: "dm" }, action: "answer.open", value: "1" })).kind).toBe("open-form");
    expect(await press(next, bram, "answer.open", "1", { conversationId: "dm" })).toMatch(/ken ik niet/);
    next.db.close();
    second.db.close();
  });

  it("sends no reminder when the person answered meanwhile, and none when the prompt closes first", async () => {
    const test = start();
    await postPrompt(test.bot.core, CONFIG.teams[0]!);
    await press(test, anna, "prompt.later", "1");
    await submitAnswer(test.bot, anna, 1, { text: "Toch meteen gedaan.", mayHighlight: "false" });
    expect(await press(test, anna, "prompt.skip", "1")).toMatch(/al beantwoord/);
    test.clock.set("2026-03-27T15:00:00Z"); // Friday: the prompt closes on Sunday, before Monday morning
    expect(await press(test, bram, "prompt.later", "1")).toMatch(/sluit zo 29 mrt, vóór de volgende werkochtend/);
    test.clock.set("2026-03-24T08:00:00Z");
    expect(await sendLaterReminders(test.bot.core)).toBe(0);
    expect(test.chat.directs).toHaveLength(0);
    test.db.close();
  });

  it("offers skip and later on a teamleider prompt; a skipped prompt never comes back, a later one once, on the next working day", async () => {
    const test = start(tempDatabasePath(), "2026-04-03T08:00:00Z"); // Good Friday, a working day
    await sendLeadPrompts(test.bot.core, CONFIG.teams[0]!, { key: "2026-04-03T10:00", at: test.clock.now() });
    const [skip, later] = buttonsOf(test, 0).filter((button) => button.action !== "logbook.open");
    expect([skip!.label, later!.label]).toEqual(["Overslaan", "Herinner me later"]);
    expect(await press(test, anna, "personal.later", later!.value!)).toMatch(/ken ik niet/);
    expect(await press(test, lisa, "personal.later", later!.value!)).toMatch(/di 7 apr om 09:00/); // past Easter Monday
    test.clock.set("2026-04-07T07:00:00Z");
    expect(await sendLaterReminders(test.bot.core)).toBe(1);
    expect(buttonsOf(test, 1).map((button) => button.label)).toEqual(["Schrijf je antwoord", "Overslaan"]);

    const promptId = later!.value!.split("|")[1]!;
    expect(await press(test, lisa, "personal.skip", skip!.value!)).toMatch(/komt in je logboek niet meer terug/);
    expect(nextPersonalPrompt(test.bot.core, "console:lisa", "lead", ["lead"])?.id).not.toBe(promptId);
    test.db.close();
  });
});
