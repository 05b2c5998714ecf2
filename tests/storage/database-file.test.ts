import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

describe("the database file", () => {
  it("is readable by its owner only, with its write-ahead log", () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    db.prepare("INSERT INTO install_secrets (name, value) VALUES ('probe', 'x')").run();
    for (const file of [path, `${path}-wal`]) expect((statSync(file).mode & 0o777).toString(8)).toBe("600");
    db.close();
  });
});
