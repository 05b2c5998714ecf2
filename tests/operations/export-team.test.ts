import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { exportTeam } from "../../src/operations/export-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitAnswer, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  test.bot.connect(new RecordingPlatform());
});

async function answerLatest(team: string, text: string, score?: string) {
  await postPrompt(test.bot.core, findTeam(test.bot.core, team)!);
  const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
  return submitAnswer(test.bot, anna, runId, score ? { score, text } : { text });
}

describe("exporting a team", () => {
  it("includes prompts, team-visible answers, cases and their audit trail", async () => {
    await answerLatest("kcc", "Zichtbaar in de draad.");
    await submitCase(test.bot, anna, GOOD_CASE);
    await pressButton(test.bot, lisa, "case.take", 1);
    const data = exportTeam(test.db, "kcc", test.clock.now());
    expect(data.prompts).toHaveLength(1);
    expect(data.answers).toMatchObject([{ author: "console:anna", text: "Zichtbaar in de draad." }]);
    expect(data.cases).toMatchObject([{ reference: "G-2026-0001", status: "in_progress" }]);
    expect(data.caseEvents.map((event) => event.toStatus)).toEqual(["submitted", "in_progress"]);
  });

  it("leaves out the text of answers to private prompts", async () => {
    await answerLatest("wmo", "Alleen voor mij.", "3");
    const data = exportTeam(test.db, "wmo", test.clock.now());
    expect(data.prompts).toMatchObject([{ answers: 1, averageScore: null }]);
    expect(JSON.stringify(data)).not.toMatch(/Alleen voor mij/);
  });
});
