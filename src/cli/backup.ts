import { existsSync } from "node:fs";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

/** SQLite's online backup: a consistent copy while the bot keeps running and writing. */
export async function backupDatabase(db: Db, file: string, output: CliOutput): Promise<ExitCode> {
  if (!file) {
    output.err("Geef een doelbestand: npm run cli -- backup FILE");
    return 2;
  }
  if (existsSync(file)) {
    output.err(`${file} bestaat al; kies een nieuwe bestandsnaam, zodat er nooit een back-up wordt overschreven.`);
    return 1;
  }
  await db.backup(file, {
    progress: ({ totalPages, remainingPages }) => {
      output.err(`back-up: ${totalPages - remainingPages}/${totalPages} pagina's`);
      return 200;
    },
  });
  output.out(`Back-up geschreven naar ${file}.`);
  return 0;
}
