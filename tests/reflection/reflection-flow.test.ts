import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { rotationOrder } from "../../src/reflection/rotation.ts";
import { anna, noticeText, submitAnswer } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, realPromptLibrary, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

function team(key: string) {
  return findTeam(test.bot.core, key)!;
}

function lastRunId(): number {
  return test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
}

describe("reflection prompts", () => {
  it("draws without repeats until the team's themes are used up, then starts again in the same order", async () => {
    const order = rotationOrder(realPromptLibrary(), ["klantfocus", "dienend-leiderschap"]).map((prompt) => prompt.id);
    const posted: string[] = [];
    for (let week = 0; week < order.length + 2; week += 1) {
      await postPrompt(test.bot.core, team("kcc"));
      posted.push(test.db.prepare("SELECT prompt_id FROM prompt_runs WHERE id = ?").pluck().get(lastRunId()) as string);
    }
    expect(new Set(posted.slice(0, order.length)).size).toBe(order.length);
    expect(posted.slice(0, order.length)).toEqual(order);
    expect(posted.slice(order.length)).toEqual(order.slice(0, 2));
  });

  it("alternates themes instead of asking ten of one kind in a row", () => {
    const order = rotationOrder(realPromptLibrary(), ["klantfocus", "dienend-leiderschap"]);
    expect(order[0]!.theme).toBe("klantfocus");
    expect(order[1]!.theme).toBe("dienend-leiderschap");
  });

  it("keeps private answers out of the channel and shows only the count", async () => {
    await postPrompt(test.bot.core, team("wmo"));
    const runId = lastRunId();
    const prompt = test.db.prepare("SELECT prompt_id FROM prompt_runs WHERE id = ?").pluck().get(runId) as string;
    const isPulse = realPromptLibrary().prompts.find((p) => p.id === prompt)!.mode === "pulse";
    await submitAnswer(test.bot, anna, runId, isPulse ? { score: "4", text: "Mijn eigen gedachte" } : { text: "Mijn eigen gedachte" });
    expect(chat.posts.filter((post) => post.ref.threadId)).toHaveLength(0);
    expect(chat.posts.map((post) => allText(post.message)).join("\n")).not.toMatch(/Mijn eigen gedachte/);
    expect(allText(chat.posts[0]!.message)).toMatch(/1 antwoord\b/);
  });

  it("refuses an answer that contains a citizen's phone number, and stores nothing", async () => {
    await postPrompt(test.bot.core, team("kcc"));
    const reply = await submitAnswer(test.bot, anna, lastRunId(), { text: "Mevrouw belde van 06-12345678 over haar aanvraag." });
    expect(reply).toMatchObject({ kind: "form-errors", errors: { text: expect.stringMatching(/telefoonnummer/i) } });
    expect(test.db.prepare("SELECT count(*) FROM answers").pluck().get()).toBe(0);
  });

  it("accepts no answers after the prompt has closed", async () => {
    await postPrompt(test.bot.core, team("kcc"));
    test.clock.set("2026-04-05T08:00:00Z");
    const reply = await submitAnswer(test.bot, anna, lastRunId(), { text: "Te laat" });
    expect(noticeText(reply)).toMatch(/gesloten/);
  });

  it("posts no scheduled prompt on a Dutch public holiday", async () => {
    test.clock.set("2026-04-06T07:00:30Z"); // Easter Monday 09:00 in Amsterdam
    const reports = await test.bot.scheduler.tick();
    expect(reports).toContainEqual({ job: "reflection:kcc", slot: "2026-04-06T09:00", result: "skipped", note: "public holiday" });
    expect(chat.posts).toHaveLength(0);
  });

  it("keeps and confirms an answer when the platform cannot show it in the thread", async () => {
    await postPrompt(test.bot.core, team("kcc"));
    chat.failNextPosts = 1;
    const reply = await submitAnswer(test.bot, anna, lastRunId(), { text: "Opgeslagen, ook als de draad hapert." });
    expect(noticeText(reply)).toMatch(/opgeslagen/);
    expect(test.db.prepare("SELECT text FROM answers").pluck().get()).toBe("Opgeslagen, ook als de draad hapert.");
  });
});
