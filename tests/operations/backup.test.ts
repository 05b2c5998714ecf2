import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/cli/backup.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

const quiet = { out: () => undefined, err: () => undefined };

function capture() {
  const errors: string[] = [];
  return { errors, output: { out: () => undefined, err: (text: string) => void errors.push(text) } };
}

describe("backup and restore", () => {
  it("copies a database that another connection keeps writing to, into a file only its owner can read, which opens as a working bot database", async () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    const writer = openDatabase(path);
    const insert = writer.prepare("INSERT INTO deliveries (platform, key, received_at) VALUES ('slack', ?, '2026-01-01')");
    for (let i = 0; i < 2000; i += 1) insert.run(`before-${i}`);
    const folder = mkdtempSync(join(tmpdir(), "bedoeling-backup-"));
    const target = join(folder, "backup.db");
    const writing = setInterval(() => insert.run(`during-${Math.random()}`), 1);
    const code = await backupDatabase(db, target, quiet);
    clearInterval(writing);
    expect(code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(["backup.db"]);

    const restored = openDatabase(target);
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(restored.prepare("SELECT count(*) FROM deliveries WHERE key LIKE 'before-%'").pluck().get()).toBe(2000);
    expect(restored.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBeGreaterThanOrEqual(1);
  });

  it("refuses an existing file with exit code 2, even the live database, and leaves it as it was", async () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    db.prepare("INSERT INTO deliveries (platform, key, received_at) VALUES ('slack', 'levend', '2026-01-01')").run();
    db.pragma("wal_checkpoint(TRUNCATE)");
    const before = readFileSync(path);
    const { errors, output } = capture();
    expect(await backupDatabase(db, path, output)).toBe(2);
    expect(errors.join()).toMatch(/bestaat al; kies een nieuwe bestandsnaam/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(db.prepare("SELECT key FROM deliveries").pluck().all()).toEqual(["levend"]);
    expect(readdirSync(join(path, "..")).filter((name) => name.includes("partial"))).toEqual([]);
  });

  it("refuses a name with a leftover WAL beside it, which would be replayed into the backup", async () => {
    const db = openDatabase(tempDatabasePath());
    const target = join(mkdtempSync(join(tmpdir(), "bedoeling-backup-")), "backup.db");
    writeFileSync(`${target}-wal`, "oud");
    const { errors, output } = capture();
    expect(await backupDatabase(db, target, output)).toBe(2);
    expect(errors.join()).toMatch(/backup\.db-wal bestaat al/);
    expect(readdirSync(join(target, "..")).sort()).toEqual(["backup.db-wal"]);
  });
});
