import { randomBytes } from "node:crypto";
import { closeSync, existsSync, linkSync, openSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";
import { isAlreadyThere, OWNER_ONLY, refuseExisting } from "./exclusive-file.ts";

/**
 * SQLite's online backup: a consistent copy while the bot keeps running and writing. The backup API
 * writes the file itself, so it writes to a fresh temporary file in the same folder, created by us
 * with mode 0600, which is then hard-linked to its name: linking never replaces an existing file (not
 * even one created meanwhile), and an interrupted backup never carries the name.
 */
export async function backupDatabase(db: Db, file: string, output: CliOutput): Promise<ExitCode> {
  if (!file) {
    output.err("Geef een doelbestand: npm run cli -- backup FILE");
    return 2;
  }
  // A stale -wal or -journal beside the name would be replayed into the backup when it is opened.
  const taken = [file, `${file}-wal`, `${file}-journal`].find((path) => existsSync(path));
  if (taken) return refuseExisting(taken, output);
  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.partial`);
  closeSync(openSync(partial, "wx", OWNER_ONLY));
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        output.err(`back-up: ${totalPages - remainingPages}/${totalPages} pagina's`);
        return 200;
      },
    });
    linkSync(partial, file);
  } catch (error) {
    if (isAlreadyThere(error)) return refuseExisting(file, output);
    throw error;
  } finally {
    unlinkSync(partial);
  }
  output.out(`Back-up geschreven naar ${file} (alleen leesbaar voor de eigenaar).`);
  return 0;
}
