import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RamDatabase {
  path: string;
  remove(): void;
}

/**
 * A fresh database file in memory-backed storage (/dev/shm) where the machine has it, else in the temp
 * folder: the same SQLite file with WAL and synchronous=FULL, only its commits do not wait for a disk.
 * For tests that commit thousands of times to prove logic, not durability; remove() gives the memory back.
 */
export function ramDatabase(): RamDatabase {
  const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
  const folder = mkdtempSync(join(base, "bedoeling-test-"));
  return { path: join(folder, "bot.db"), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
