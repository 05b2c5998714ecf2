import { join } from "node:path";
import { formatPrivacyReport, loadLabelledTexts, measurePrivacyGuard } from "../cases/privacy-report.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";
import { projectRoot } from "../app/project-root.ts";

export const LABELLED_TEXTS = join(projectRoot(), "tests/fixtures/privacy/labelled-texts.yaml");
const RECALL_TARGET = 0.99;
const FALSE_POSITIVE_TARGET = 0.02;

/** Prints the privacy guard's precision and recall on the labelled set; fails when a target is missed. */
export function privacyReport(output: CliOutput): ExitCode {
  const report = measurePrivacyGuard(loadLabelledTexts(LABELLED_TEXTS));
  output.out(formatPrivacyReport(report));
  const meets = report.recall >= RECALL_TARGET && report.falsePositiveRate <= FALSE_POSITIVE_TARGET;
  output.out(meets ? "Doelen gehaald (recall ≥ 99 %, fout-positief ≤ 2 %)." : "Doelen NIET gehaald (recall ≥ 99 %, fout-positief ≤ 2 %).");
  return meets ? 0 : 1;
}
