import { describe, expect, it } from "vitest";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { GOOD_CASE, lisa, bram, noticeText, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

const SECRET_REASON = "VERTROUWELIJK: de kleinzoon studeert en heeft geen inkomen, daarom wijken we af.";

describe("precedents shown with a new case", () => {
  it("show another team's case only as how it ended, to its submitter and in the triage thread", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    const chat = new RecordingPlatform();
    test.bot.connect(chat);
    await submitCase(test.bot, lisa, GOOD_CASE);
    await pressButton(test.bot, lisa, "case.take", 1);
    await submitMove(test.bot, lisa, 1, "decide", { outcome: "reasoned-deviation", reasons: SECRET_REASON, decisionLevel: "team" });

    const reply = await submitCase(test.bot, bram, { ...GOOD_CASE, team: "wmo", isAnonymous: "true" });
    const shown = reply.kind === "notice" ? allText(reply.message) : "";
    expect(shown).toMatch(/een casus van een ander team .*beargumenteerd afgeweken/);
    expect(shown).not.toMatch(/VERTROUWELIJK|G-2026-0001|Kleinzoon tijdelijk/);

    // The lead of the team whose case it was sees it whole.
    const byLead = await submitCase(test.bot, lisa, { ...GOOD_CASE, title: "Nog een kleinzoon", team: "kcc" });
    expect(byLead.kind === "notice" ? allText(byLead.message) : "").toMatch(/G-2026-0001.*VERTROUWELIJK/s);
    expect(noticeText(byLead)).toMatch(/G-2026-0002/);
  });
});
