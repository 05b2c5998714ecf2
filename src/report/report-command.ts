import type { CliOutput, ExitCode } from "../cli/cli-output.ts";
import { isAlreadyThere, isTaken, refuseExisting, writeNewFile } from "../cli/exclusive-file.ts";
import type { Config } from "../config/config-schema.ts";
import type { Db } from "../storage/database.ts";
import { buildReport } from "./build-report.ts";
import type { ReportScope } from "./report-data.ts";
import { readPeriod } from "./report-period.ts";

export interface ReportOptions {
  team?: string;
  isOrganisation: boolean;
  from?: string;
  to?: string;
  out?: string;
}

/**
 * `report --team KEY | --organisation [--from DATE --to DATE] --out FILE.html`: the poster as one new file,
 * readable by its owner only (it holds decisions and stories), never written over an existing one.
 */
export async function reportCommand(db: Db, config: Config, options: ReportOptions, now: Date, output: CliOutput): Promise<ExitCode> {
  const team = options.team === undefined ? undefined : config.teams.find((item) => item.key === options.team);
  if (options.isOrganisation === (options.team !== undefined) || (options.team !== undefined && !team)) {
    output.err(`Kies --organisation of --team KEY (teams: ${config.teams.map((item) => item.key).join(", ")}).`);
    return 2;
  }
  if (!options.out) {
    output.err("Geef met --out FILE.html aan waar de poster komt; een bestaand bestand wordt nooit overschreven.");
    return 2;
  }
  const period = readPeriod(options.from, options.to, now, config.timezone);
  if (!period.ok) {
    output.err(period.problem);
    return 2;
  }
  // Looked at before the page is drawn, so a refusal is quick; "wx" below still refuses a file made meanwhile.
  if (isTaken(options.out)) return refuseExisting(options.out, output);
  const scope: ReportScope = team ? { kind: "team", team } : { kind: "organisation" };
  const report = await buildReport({ db, config }, scope, period.period, now);
  try {
    // "wx": a file, or a symbolic link to one, of that name is refused instead of replaced.
    writeNewFile(options.out, report.html);
  } catch (error) {
    if (isAlreadyThere(error)) return refuseExisting(options.out, output);
    throw error;
  }
  output.err(`Kwartaalposter van ${report.name}, ${report.period} → ${options.out} (alleen leesbaar voor de eigenaar). ${report.summary}`);
  return 0;
}
