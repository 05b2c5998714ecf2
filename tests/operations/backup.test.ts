import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/cli/backup.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

const quiet = { out: () => undefined, err: () => undefined };

describe("backup and restore", () => {
  it("copies a database that another connection keeps writing to, and the copy opens as a working bot database", async () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    const writer = openDatabase(path);
    const insert = writer.prepare("INSERT INTO deliveries (platform, key, received_at) VALUES ('slack', ?, '2026-01-01')");
    for (let i = 0; i < 2000; i += 1) insert.run(`before-${i}`);
    const target = join(mkdtempSync(join(tmpdir(), "bedoeling-backup-")), "backup.db");
    const writing = setInterval(() => insert.run(`during-${Math.random()}`), 1);
    const code = await backupDatabase(db, target, quiet);
    clearInterval(writing);
    expect(code).toBe(0);

    const restored = openDatabase(target);
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(restored.prepare("SELECT count(*) FROM deliveries WHERE key LIKE 'before-%'").pluck().get()).toBe(2000);
    expect(restored.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBeGreaterThanOrEqual(1);
  });

  it("never overwrites an existing file", async () => {
    const db = openDatabase(tempDatabasePath());
    const target = tempDatabasePath();
    openDatabase(target).close();
    const errors: string[] = [];
    expect(await backupDatabase(db, target, { out: () => undefined, err: (text) => void errors.push(text) })).toBe(1);
    expect(errors.join()).toMatch(/bestaat al/);
    expect(existsSync(target)).toBe(true);
  });
});
