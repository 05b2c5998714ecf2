import { writeFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import type { Config } from "../config/config-schema.ts";
import { exportTeam, type TeamExport } from "../operations/export-team.ts";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

const TABLES = ["prompts", "answers", "cases", "caseEvents"] as const;

/** `export --team KEY --format csv|json [--out FILE]`: JSON in one file, CSV as one file per table. */
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
  if (options.format === "json") {
    const text = JSON.stringify(data, null, 2);
    if (options.out) writeFileSync(options.out, text);
    else output.out(text);
  } else {
    for (const table of TABLES) {
      const text = toCsv(data, table);
      if (options.out) writeFileSync(`${options.out.replace(/\.csv$/, "")}-${table}.csv`, text);
      else output.out(`# ${table}\n${text}`);
    }
  }
  output.err(`Export van team ${options.team}: ${counts}${options.out ? ` → ${options.out}` : ""}.`);
  return 0;
}

function toCsv(data: TeamExport, table: (typeof TABLES)[number]): string {
  const rows = data[table];
  const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return stringify(rows, { header: true, columns });
}
