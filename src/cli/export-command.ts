import { stringify } from "csv-stringify/sync";
import type { Config } from "../config/config-schema.ts";
import { exportTeam, type TeamExport } from "../operations/export-team.ts";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";
import { isAlreadyThere, isTaken, refuseExisting, writeNewFile } from "./exclusive-file.ts";

const TABLES = ["prompts", "answers", "cases", "caseEvents", "proposals", "escalations", "lookbacks"] as const;

/**
 * `export --team KEY --format csv|json [--out FILE]`: JSON in one file, CSV as one file per table. Files
 * are new (never overwritten) and readable by their owner only: they hold answers and cases.
 */
export function exportCommand(
  db: Db,
  config: Config,
  options: { team?: string; format?: string; out?: string },
  now: Date,
  output: CliOutput,
): ExitCode {
  if (!options.team || !config.teams.some((team) => team.key === options.team)) {
    output.err(`Onbekend team "${options.team ?? ""}". Teams: ${config.teams.map((team) => team.key).join(", ")}`);
    return 2;
  }
  if (options.format !== "csv" && options.format !== "json") {
    output.err("Kies --format csv of --format json.");
    return 2;
  }
  const data = exportTeam(db, options.team, now);
  const counts = TABLES.map((table) => `${data[table].length} ${table}`).join(", ");
  const files: { table?: (typeof TABLES)[number]; text: string }[] =
    options.format === "json" ? [{ text: JSON.stringify(data, null, 2) }] : TABLES.map((table) => ({ table, text: toCsv(data, table) }));
  if (!options.out) {
    for (const file of files) output.out(file.table ? `# ${file.table}\n${file.text}` : file.text);
  } else {
    const base = options.out.replace(/\.csv$/, "");
    const paths = files.map((file) => (file.table ? `${base}-${file.table}.csv` : options.out!));
    // All names are checked before any is written, so a refusal leaves no half export behind.
    const taken = paths.find(isTaken);
    if (taken) return refuseExisting(taken, output);
    try {
      files.forEach((file, index) => writeNewFile(paths[index]!, file.text));
    } catch (error) {
      // Created by someone else between the check and the write.
      if (isAlreadyThere(error)) return refuseExisting((error as NodeJS.ErrnoException).path ?? options.out, output);
      throw error;
    }
  }
  output.err(`Export van team ${options.team}: ${counts}${options.out ? ` → ${options.out} (alleen leesbaar voor de eigenaar)` : ""}.`);
  return 0;
}

function toCsv(data: TeamExport, table: (typeof TABLES)[number]): string {
  const rows = data[table];
  const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return stringify(rows, { header: true, columns });
}
