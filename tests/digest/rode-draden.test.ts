import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { buildDigest } from "../../src/digest/build-digest.ts";
import { enforceRetention } from "../../src/operations/enforce-retention.ts";
import { migrate } from "../../src/storage/migrate.ts";
import { MIGRATIONS } from "../../src/storage/migrations.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { anna, GOOD_CASE, lisa, submitCase, submitMove } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, tempDatabasePath, testConfig } from "../support/test-bot.ts";

async function digestText(test: ReturnType<typeof createTestBot>): Promise<string> {
  const kcc = findTeam(test.bot.core, "kcc")!;
  const end = test.clock.now();
  return allText(await buildDigest(test.bot.core, kcc, { start: new Date(end.getTime() - 7 * 86_400_000), end }));
}

describe("rode draden in the digest", () => {
  it("names a rule that recurs across teams, however it is written, and not a rule met once", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"], { operators: ["console:lisa"] }));
    test.bot.connect(new RecordingPlatform());
    for (const [rule, team] of [["Art. 4 Wmo", "kcc"], ["art 4 wmo", "kcc"], ["ART. 4 WMO!", "wmo"], ["Parkeernorm", "kcc"]] as const) {
      await submitCase(test.bot, anna, { ...GOOD_CASE, rule, team });
    }
    const text = await digestText(test);
    expect(text).toContain("“Art. 4 Wmo”: 3 casussen in 2 teams");
    expect(text).not.toContain("Parkeernorm");
  });

  it("stops counting cases that retention has deleted", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"], { operators: ["console:lisa"], retention: { closedCasesDays: 30 } }));
    test.bot.connect(new RecordingPlatform());
    for (const team of ["kcc", "kcc", "wmo"]) await submitCase(test.bot, anna, { ...GOOD_CASE, team });
    const wmoCase = test.db.prepare("SELECT id FROM cases WHERE team = 'wmo'").pluck().get() as number;
    await submitMove(test.bot, lisa, wmoCase, "close", { closeReason: "Dubbel ingediend." });
    test.clock.set("2026-05-01T10:00:00Z");
    expect(enforceRetention(test.db, test.config, test.clock.now()).closedCases).toBe(1);
    expect(await digestText(test)).toContain("“Kostendelersnorm”: 2 casussen in 1 team");
  });

  it("counts the cases of a database made before the counts existed", () => {
    const path = tempDatabasePath();
    const old = new Database(path);
    migrate(old, MIGRATIONS.filter((migration) => migration.version <= 4));
    const insert = old.prepare(
      `INSERT INTO cases (reference, team, status, title, situation, rule, rule_level, bedoeling, urgency, is_anonymous, platform, created_at, last_moved_at)
       VALUES (?, ?, 'submitted', 'Titel', 'Situatie', ?, 'law', 'Bedoeling', 'normal', 1, 'console', '2026-03-01', '2026-03-01')`,
    );
    insert.run("G-2026-0001", "kcc", "Kostendelersnorm");
    insert.run("G-2026-0002", "wmo", "kostendelersnorm.");
    old.close();
    const db = openDatabase(path);
    expect(db.prepare("SELECT rule, cases, teams FROM rule_threads").all()).toEqual([{ rule: "Kostendelersnorm", cases: 2, teams: 2 }]);
  });
});
