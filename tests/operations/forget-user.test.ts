import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/app/core.ts";
import { forgetUser } from "../../src/operations/forget-user.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitAnswer, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  test.bot.connect(new RecordingPlatform());
});

describe("erasing a person (AVG)", () => {
  it("removes their answers and identity, keeps the cases de-identified, and leaves tombstones in the audit", async () => {
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    await submitAnswer(test.bot, anna, runId, { text: "Mijn reflectie over klantfocus." });
    await submitCase(test.bot, anna, GOOD_CASE);
    await pressButton(test.bot, lisa, "case.take", 1);

    const report = forgetUser(test.db, anna, test.clock.now());
    expect(report).toEqual({ answers: 1, logbook: 0, casesDeidentified: 1, auditEntries: 1, conversations: 0 });
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(1);
    expect(test.db.prepare("SELECT submitter FROM cases").pluck().get()).toBeNull();
    const first = test.db.prepare("SELECT actor, is_actor_erased, to_status FROM case_events ORDER BY id LIMIT 1").get();
    expect(first).toEqual({ actor: null, is_actor_erased: 1, to_status: "submitted" });

    expect(readFileSync(test.db.name).includes(Buffer.from("console:anna"))).toBe(false);
  });
});
