import { join } from "node:path";
import { loadLabelledTexts, meetsPrivacyTargets, measurePrivacyGuard } from "../privacy/privacy-report.ts";
import { formatPrivacyReport } from "../privacy/privacy-report-table.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";
import { projectRoot } from "../config/project-root.ts";

/** A labelled set the report measures and judges on its own line. */
export interface LabelledSet {
  name: string;
  path: string;
}

const FIXTURES = join(projectRoot(), "tests/fixtures/privacy");

// Pasted text (odd spaces, dashes, invisible characters, fullwidth digits) has its own line, so a good
// figure on typed text cannot hide a weak one on text copied from Word, Outlook or a PDF.
export const LABELLED_SETS: LabelledSet[] = [
  { name: "origineel", path: join(FIXTURES, "labelled-texts.yaml") },
  { name: "geplakt", path: join(FIXTURES, "pasted-texts.yaml") },
];

/** Prints the privacy guard's precision and recall per labelled set; fails when any set misses a target. */
export function privacyReport(output: CliOutput, sets: LabelledSet[] = LABELLED_SETS): ExitCode {
  const lines = sets.map((set) => ({ name: set.name, report: measurePrivacyGuard(loadLabelledTexts(set.path)) }));
  output.out(formatPrivacyReport(lines));
  const missed = lines.filter((line) => !meetsPrivacyTargets(line.report)).map((line) => line.name);
  output.out(missed.length === 0 ? "Doelen gehaald op elke regel." : `Doelen NIET gehaald op: ${missed.join(", ")}.`);
  return missed.length === 0 ? 0 : 1;
}
