import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportCommand } from "../../src/cli/export-command.ts";
import { anna, GOOD_CASE, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

async function teamWithCase(): Promise<TestBot> {
  const test = createTestBot(testConfig({}, ["console:lisa"]));
  test.bot.connect(new RecordingPlatform());
  await submitCase(test.bot, anna, GOOD_CASE);
  return test;
}

function exportTo(test: TestBot, format: string, out: string) {
  const errors: string[] = [];
  const output = { out: () => undefined, err: (text: string) => void errors.push(text) };
  const code = exportCommand(test.db, test.config, { team: "kcc", format, out }, test.clock.now(), output);
  return { code, err: errors.join("\n") };
}

describe("npm run cli -- export --out", () => {
  it("writes a new JSON file that only its owner can read", async () => {
    const test = await teamWithCase();
    const out = join(mkdtempSync(join(tmpdir(), "bedoeling-export-")), "kcc.json");
    expect(exportTo(test, "json", out).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ team: "kcc", cases: [{ title: GOOD_CASE.title }] });
  });

  it("refuses to write over the live database, with exit code 2, and the database survives intact", async () => {
    const test = await teamWithCase();
    test.db.pragma("wal_checkpoint(TRUNCATE)");
    const before = readFileSync(test.db.name);
    const result = exportTo(test, "json", test.db.name);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/bestaat al; kies een nieuwe bestandsnaam\. Er wordt nooit een bestaand bestand overschreven\./);
    expect(readFileSync(test.db.name).equals(before)).toBe(true);
    expect(test.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("writes no CSV file at all when one of the four names is taken", async () => {
    const test = await teamWithCase();
    const folder = mkdtempSync(join(tmpdir(), "bedoeling-export-"));
    writeFileSync(join(folder, "kcc-cases.csv"), "van iemand anders");
    const result = exportTo(test, "csv", join(folder, "kcc.csv"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/kcc-cases\.csv bestaat al/);
    expect(readFileSync(join(folder, "kcc-cases.csv"), "utf8")).toBe("van iemand anders");
    expect(existsSync(join(folder, "kcc-prompts.csv"))).toBe(false);
  });
});
