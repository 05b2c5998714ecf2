import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/storage/database.ts";
import { runBuiltCli, runBuiltDemo } from "../support/built-cli.ts";
import { ramDatabase } from "../support/ram-database.ts";

// The demo's week is thousands of commits; in memory they do not wait on fsync.
const storage = ramDatabase();
const folder = dirname(storage.path);
const database = join(folder, "demo.db");

/** Runs the CLI as an operator would (npm run cli: the compiled dist/), against the demo's database. */
const run = (...args: string[]) => runBuiltCli(database, args);

describe("the admin CLI on a database filled by the demo", () => {
  beforeAll(async () => {
    const demo = await runBuiltDemo(database);
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(/Weekoverzicht · Klantcontactcentrum/);
  }, 300_000);
  afterAll(() => storage.remove());

  // Each command is its own process and none of these change the database, so they run side by side.
  describe.concurrent("commands that only read", () => {
    it("checks the configuration and lists teams and platforms", async ({ expect }) => {
      const result = await run("check-config");
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/Configuratie in orde: .*bedoeling\.config\.example\.yaml/);
      expect(result.out).toMatch(/team kcc \(Klantcontactcentrum\)/);
    });

    it("lists at least 80 prompts in both languages as JSON", async ({ expect }) => {
      const result = await run("list-prompts", "--json");
      const prompts = JSON.parse(result.out) as { text: { nl: string; en: string } }[];
      expect(prompts.length).toBeGreaterThanOrEqual(80);
      expect(prompts.every((prompt) => prompt.text.nl && prompt.text.en)).toBe(true);
    });

    it("exports a team as JSON and as CSV files only its owner can read", async ({ expect }) => {
      const [json, csv, xml] = await Promise.all([
        run("export", "--team", "kcc", "--format", "json"),
        run("export", "--team", "kcc", "--format", "csv", "--out", join(folder, "kcc.csv")),
        run("export", "--team", "kcc", "--format", "xml"),
      ]);
      const data = JSON.parse(json.out) as { cases: { reference: string }[]; caseEvents: unknown[] };
      expect(data.cases.map((item) => item.reference)).toContain("G-2026-0001");
      expect(data.caseEvents.length).toBeGreaterThanOrEqual(4);
      expect(csv.code).toBe(0);
      expect(readFileSync(join(folder, "kcc-cases.csv"), "utf8")).toMatch(/^reference,status,title/);
      expect(statSync(join(folder, "kcc-cases.csv")).mode & 0o777).toBe(0o600);
      expect(xml.err).toMatch(/--format csv of --format json/);
    });

    it("backs up the database to a new file only its owner can read, and the copy opens", async ({ expect }) => {
      const target = join(folder, "backup.db");
      expect((await run("backup", target)).code).toBe(0);
      expect(statSync(target).mode & 0o777).toBe(0o600);
      const copy = openDatabase(target);
      expect(copy.prepare("SELECT count(*) FROM cases").pluck().get()).toBeGreaterThanOrEqual(1);
      copy.close();
    });

    it("measures the privacy guard against its targets", async ({ expect }) => {
      const result = await run("privacy-report");
      expect(result.out).toMatch(/recall/i);
      expect(result.code).toBe(0);
    });
  });

  describe("commands that change the database, one at a time", () => {
    it("refuses to back up onto the live database, which stays intact", async () => {
      const before = readFileSync(database);
      const result = await run("backup", database);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/bestaat al; kies een nieuwe bestandsnaam/);
      expect(readFileSync(database).equals(before)).toBe(true);
      const db = openDatabase(database);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
    });

    it("posts a prompt and a digest now, and says so", async () => {
      const [prompt, unknown] = await Promise.all([run("post-prompt", "--team", "kcc"), run("post-prompt", "--team", "nope")]);
      expect(prompt.code).toBe(0);
      expect(prompt.out).toMatch(/Vraag voor kcc: done/);
      expect(unknown.code).toBe(2);
      const digest = await run("post-digest", "--team", "kcc");
      expect(digest.out).toMatch(/Weekoverzicht voor kcc: done/);
    });

    it("erases a person who used the console and reports the counts", async () => {
      const result = await run("forget-user", "console:anna");
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^Gewist voor console:anna:\n- 1 antwoord op reflectievragen\n/);
      expect(result.out).toMatch(/- 1 casus ontdaan van deze persoon/);
      expect(result.out).toMatch(/- 1 bericht van de bot met deze antwoorden verwijderd \(of al weg\): de console 1/);
      expect(result.out).toMatch(/WAL-bestand leeggemaakt/);
    });
  });
});
