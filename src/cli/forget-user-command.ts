import { parseUser } from "../chat/vocabulary.ts";
import { forgetUser } from "../operations/forget-user.ts";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

/** `forget-user PLATFORM:ID`: AVG erasure, with the counts of what was removed. */
export function forgetUserCommand(db: Db, who: string | undefined, now: Date, output: CliOutput): ExitCode {
  const user = who ? parseUser(who) : undefined;
  if (!user) {
    output.err("Geef de persoon als PLATFORM:ID, bijvoorbeeld slack:U0123ABC of msteams:29:1AbC.");
    return 2;
  }
  const report = forgetUser(db, user, now);
  output.out(
    `Gewist voor ${who}: ${report.answers} antwoorden; ${report.logbook} logboekregels; ${report.casesDeidentified} casussen ontdaan van deze persoon ` +
      `(de casussen blijven); ${report.auditEntries} auditregels geanonimiseerd (tombstone); ${report.conversations} opgeslagen gesprekken.`,
  );
  return 0;
}
