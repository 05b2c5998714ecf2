import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/storage/database.ts";

const root = join(import.meta.dirname, "../..");
const folder = mkdtempSync(join(tmpdir(), "bedoeling-cli-"));
const database = join(folder, "demo.db");

/** Runs a script as an operator would (npm run cli / npm run demo), against the demo's database. */
function run(script: "src/cli/main.ts" | "src/demo/run-demo.ts", ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, DATABASE_PATH: database, LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the admin CLI on a database filled by the demo", () => {
  beforeAll(() => {
    const demo = run("src/demo/run-demo.ts", database);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/Weekoverzicht · Klantcontactcentrum/);
  }, 60_000);

  it("checks the configuration and lists teams and platforms", () => {
    const result = run("src/cli/main.ts", "check-config");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Configuratie in orde: .*bedoeling\.config\.example\.yaml/);
    expect(result.out).toMatch(/team kcc \(Klantcontactcentrum\)/);
  });

  it("lists at least 80 prompts in both languages as JSON", () => {
    const result = run("src/cli/main.ts", "list-prompts", "--json");
    const prompts = JSON.parse(result.out) as { text: { nl: string; en: string } }[];
    expect(prompts.length).toBeGreaterThanOrEqual(80);
    expect(prompts.every((prompt) => prompt.text.nl && prompt.text.en)).toBe(true);
  });

  it("posts a prompt and a digest now, and says so", () => {
    const prompt = run("src/cli/main.ts", "post-prompt", "--team", "kcc");
    expect(prompt.code).toBe(0);
    expect(prompt.out).toMatch(/Vraag voor kcc: done/);
    const digest = run("src/cli/main.ts", "post-digest", "--team", "kcc");
    expect(digest.out).toMatch(/Weekoverzicht voor kcc: done/);
    expect(run("src/cli/main.ts", "post-prompt", "--team", "nope").code).toBe(2);
  });

  it("exports a team as JSON and as CSV files", () => {
    const json = run("src/cli/main.ts", "export", "--team", "kcc", "--format", "json");
    const data = JSON.parse(json.out) as { cases: { reference: string }[]; caseEvents: unknown[] };
    expect(data.cases.map((item) => item.reference)).toContain("G-2026-0001");
    expect(data.caseEvents.length).toBeGreaterThanOrEqual(4);
    const csv = run("src/cli/main.ts", "export", "--team", "kcc", "--format", "csv", "--out", join(folder, "kcc.csv"));
    expect(csv.code).toBe(0);
    expect(readFileSync(join(folder, "kcc-cases.csv"), "utf8")).toMatch(/^reference,status,title/);
    expect(run("src/cli/main.ts", "export", "--team", "kcc", "--format", "xml").err).toMatch(/--format csv of --format json/);
  });

  it("backs up the database, and the copy opens", () => {
    const target = join(folder, "backup.db");
    expect(run("src/cli/main.ts", "backup", target).code).toBe(0);
    const copy = openDatabase(target);
    expect(copy.prepare("SELECT count(*) FROM cases").pluck().get()).toBeGreaterThanOrEqual(1);
    copy.close();
    expect(existsSync(target)).toBe(true);
  });

  it("erases a person and reports the counts", () => {
    const result = run("src/cli/main.ts", "forget-user", "console:anna");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Gewist voor console:anna: 1 antwoorden; 0 logboekregels; 1 casussen/);
    expect(run("src/cli/main.ts", "forget-user", "anna").code).toBe(2);
  });

  it("measures the privacy guard against its targets", () => {
    const result = run("src/cli/main.ts", "privacy-report");
    expect(result.out).toMatch(/recall/i);
    expect(result.code).toBe(0);
  });
});
