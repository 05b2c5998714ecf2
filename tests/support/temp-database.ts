import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh database file in its own temp folder (a real file, so WAL and second processes work). */
export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), "bedoeling-test-")), "bot.db");
}
