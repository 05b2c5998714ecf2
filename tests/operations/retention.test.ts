import { describe, expect, it } from "vitest";
import { enforceRetention } from "../../src/operations/enforce-retention.ts";
import { rememberConversation } from "../../src/storage/conversations.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";
import { databaseBytes, walSize } from "./database-bytes.ts";

const TEAMS = { channel: "19:kcc@thread.tacv2", triageChannel: "19:kcc-garage@thread.tacv2" };

describe("retention", () => {
  it("deletes closed cases older than their retention and keeps open ones", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"], { retention: { closedCasesDays: 30 } }));
    test.bot.connect(new RecordingPlatform());
    await submitCase(test.bot, anna, GOOD_CASE);
    await submitCase(test.bot, anna, { ...GOOD_CASE, title: "Blijft open" });
    await submitMove(test.bot, lisa, 1, "close", { closeReason: "Dubbel ingediend." });
    await pressButton(test.bot, lisa, "case.take", 2);

    expect(enforceRetention(test.db, test.config, new Date("2026-04-10T00:00:00Z")).closedCases).toBe(0);
    const report = enforceRetention(test.db, test.config, new Date("2026-05-01T00:00:00Z"));
    expect(report.closedCases).toBe(1);
    expect(test.db.prepare("SELECT title FROM cases").pluck().all()).toEqual(["Blijft open"]);
    expect(test.db.prepare("SELECT count(*) FROM case_events WHERE case_id = 1").pluck().get()).toBe(0);
  });

  it("leaves no word of a deleted case in the database file, its full-text index or its WAL", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"], { retention: { closedCasesDays: 30 } }));
    test.bot.connect(new RecordingPlatform());
    const title = "Zwaluwstaartvergunning voor een dakkapel";
    await submitCase(test.bot, anna, { ...GOOD_CASE, title, situation: "De Zwaluwstaartvergunning vraagt een tweede bezoek van de inspecteur." });
    await submitCase(test.bot, anna, { ...GOOD_CASE, title: "Blijft open" });
    await submitMove(test.bot, lisa, 1, "close", { closeReason: "Opgelost." });
    expect(databaseBytes(test.db.name)).toContain("zwaluwstaartvergunning");

    expect(enforceRetention(test.db, test.config, new Date("2026-05-01T00:00:00Z")).closedCases).toBe(1);
    const bytes = databaseBytes(test.db.name);
    // The index stores words with their prefix shared with the word before; the tail gives them away too.
    expect(bytes).not.toContain("staartvergunning");
    expect(bytes).not.toContain("dakkapel");
    expect(walSize(test.db.name)).toBe(0);
    // The index still finds what stays.
    expect(test.db.prepare("SELECT rowid FROM cases_fts WHERE cases_fts MATCH 'blijft'").pluck().all()).toEqual([2]);
  });

  it("forgets conversation references unused for 180 days, but keeps the configured team channels", () => {
    const test = createTestBot(testConfig({ msteams: TEAMS }, ["msteams:29:lisa"]));
    const now = new Date("2026-12-01T03:30:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const remember = (conversationId: string, userKey: string | null, name: string, days: number) =>
      rememberConversation(
        test.db,
        { platform: "msteams", conversationId, kind: userKey ? "personal" : "channel", userKey, reference: JSON.stringify({ conversation: { id: conversationId }, user: { name } }) },
        daysAgo(days),
      );
    remember(TEAMS.channel, null, "", 400);
    remember(TEAMS.triageChannel, null, "", 400);
    remember("19:opgeheven-team@thread.tacv2", null, "", 200);
    remember("a:personal:29:anna", "msteams:29:anna", "Anna Vermeulen", 200);
    remember("a:personal:29:bram", "msteams:29:bram", "Bram de Wit", 100);

    expect(test.config.retention.conversationsDays).toBe(180);
    expect(enforceRetention(test.db, test.config, now).conversations).toBe(2);
    const left = test.db.prepare("SELECT conversation_id FROM conversations ORDER BY conversation_id").pluck().all();
    expect(left).toEqual(["19:kcc-garage@thread.tacv2", "19:kcc@thread.tacv2", "a:personal:29:bram"]);
    expect(databaseBytes(test.db.name)).not.toContain("vermeulen");
  });
});
