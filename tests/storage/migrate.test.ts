import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/storage/migrations.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

const root = join(import.meta.dirname, "../..");

/** Opens (and so migrates) the database in a process of its own, as a second bot or the CLI would. */
function openInProcess(path: string, startAt: number): Promise<{ code: number | null; output: string }> {
  // Each process loads the code first, then waits for the common moment, so their migrations overlap.
  const script = `import("./src/storage/database.ts").then((m) => setTimeout(() => m.openDatabase(${JSON.stringify(path)}).close(), ${startAt} - Date.now()))`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

describe("migrations", () => {
  it("are applied once when three processes start at the same moment on a new database file", async () => {
    const path = tempDatabasePath();
    const startAt = Date.now() + 2500;
    const results = await Promise.all([openInProcess(path, startAt), openInProcess(path, startAt), openInProcess(path, startAt)]);
    expect(results.map((result) => result.code), results.map((result) => result.output).join("\n")).toEqual([0, 0, 0]);
    const db = openDatabase(path);
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  }, 30_000);

  it("sync every commit to disk, so an acknowledged answer survives a power loss", () => {
    const db = openDatabase(tempDatabasePath());
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(5000);
    db.close();
  });
});
