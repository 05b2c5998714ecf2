import { describe, expect, it } from "vitest";
import { enforceRetention } from "../../src/operations/enforce-retention.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("retention", () => {
  it("deletes closed cases older than their retention and keeps open ones", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"], { retention: { closedCasesDays: 30 } }));
    test.bot.connect(new RecordingPlatform());
    await submitCase(test.bot, anna, GOOD_CASE);
    await submitCase(test.bot, anna, { ...GOOD_CASE, title: "Blijft open" });
    await submitMove(test.bot, lisa, 1, "close", { closeReason: "Dubbel ingediend." });
    await pressButton(test.bot, lisa, "case.take", 2);

    expect(enforceRetention(test.db, test.config.retention, new Date("2026-04-10T00:00:00Z")).closedCases).toBe(0);
    const report = enforceRetention(test.db, test.config.retention, new Date("2026-05-01T00:00:00Z"));
    expect(report.closedCases).toBe(1);
    expect(test.db.prepare("SELECT title FROM cases").pluck().all()).toEqual(["Blijft open"]);
    expect(test.db.prepare("SELECT count(*) FROM case_events WHERE case_id = 1").pluck().get()).toBe(0);
  });
});
