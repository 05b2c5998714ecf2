import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { exportTeam } from "../../src/operations/export-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { findPrompt } from "../../src/reflection/prompt-library.ts";
import { submitAnswer } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, realPromptLibrary, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;
const people: UserRef[] = Array.from({ length: 11 }, (_, index) => ({ platform: "console", id: `collega${index}` }));

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

/** Posts the wmo team's prompts until a pulse (1–5) comes up, and returns its run id. */
async function postPulse(): Promise<number> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await postPrompt(test.bot.core, findTeam(test.bot.core, "wmo")!);
    const run = test.db.prepare("SELECT id, prompt_id AS promptId FROM prompt_runs ORDER BY id DESC LIMIT 1").get() as { id: number; promptId: string };
    if (findPrompt(realPromptLibrary(), run.promptId)?.mode === "pulse") return run.id;
  }
  throw new Error("no pulse prompt in the wmo team's themes");
}

function shownPost(runId: number): string {
  const messageId = test.db.prepare("SELECT message_id FROM prompt_posts WHERE run_id = ?").pluck().get(runId) as string;
  return allText(chat.posts.find((post) => post.ref.messageId === messageId)!.message);
}

const averageShown = (text: string) => /Gemiddeld ([\d,]+) op 1–5 \(over (\d+) antwoorden\)/.exec(text)?.slice(1, 3) ?? null;

describe("pulse results in the channel", () => {
  it("never changes the shown average by one person's answer, so no single score can be worked out", async () => {
    const runId = await postPulse();
    const scores = [4, 4, 2, 5, 3, 1, 5, 5, 2, 4];
    const seen: (string[] | null)[] = [];
    for (const [index, score] of scores.entries()) {
      await submitAnswer(test.bot, people[index]!, runId, { score: String(score), text: "" });
      seen.push(averageShown(shownPost(runId)));
    }
    expect(seen.slice(0, 4)).toEqual([null, null, null, null]);
    expect(shownPost(runId)).toMatch(/alleen per 5 nieuwe antwoorden/);
    // From the fifth answer on, the average moves only in steps of five answers.
    expect(seen.slice(4, 9)).toEqual(Array(5).fill(["3,6", "5"]));
    expect(seen[9]).toEqual(["3,5", "10"]);

    // Someone changes their score: the channel does not show the difference.
    await submitAnswer(test.bot, people[0]!, runId, { score: "1", text: "" });
    expect(averageShown(shownPost(runId))).toEqual(["3,5", "10"]);
  });

  it("shows the prompt as closed, without revealing the scores that came in since the last step", async () => {
    const runId = await postPulse();
    for (const [index, score] of [3, 3, 3, 3, 3, 5].entries()) {
      await submitAnswer(test.bot, people[index]!, runId, { score: String(score), text: "" });
    }
    expect(averageShown(shownPost(runId))).toEqual(["3,0", "5"]);
    test.clock.advanceMinutes(14 * 24 * 60);
    await test.bot.scheduler.tick();
    await test.bot.whenIdle();
    // A closing average over six would give away the sixth score: 6 × 3,3 − 5 × 3,0 = 5.
    expect(averageShown(shownPost(runId))).toEqual(["3,0", "5"]);
    expect(shownPost(runId)).toMatch(/gesloten/i);
    expect(shownPost(runId)).not.toMatch(/Antwoorden\b(?! zijn)/);
  });
});

describe("pulse results in the export", () => {
  it("give the published average, so two exports around one answer do not reveal it", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    let runId = 0;
    for (let attempt = 0; attempt < 40 && !runId; attempt += 1) {
      await postPrompt(test.bot.core, findTeam(test.bot.core, "wmo")!);
      const run = test.db.prepare("SELECT id, prompt_id AS promptId FROM prompt_runs ORDER BY id DESC LIMIT 1").get() as { id: number; promptId: string };
      if (findPrompt(realPromptLibrary(), run.promptId)?.mode === "pulse") runId = run.id;
    }
    const averageIn = () => (exportTeam(test.db, "wmo", test.clock.now()).prompts.find((prompt) => prompt.run === runId) as { averageScore: number | null }).averageScore;
    for (const [index, score] of [4, 4, 4, 4, 4].entries()) await submitAnswer(test.bot, people[index]!, runId, { score: String(score), text: "" });
    expect(averageIn()).toBe(4);
    await submitAnswer(test.bot, people[5]!, runId, { score: "1", text: "" });
    expect(averageIn()).toBe(4);
  });
});
