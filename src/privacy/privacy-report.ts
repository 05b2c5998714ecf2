import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { findPersonalData, type PersonalDataKind } from "./privacy-guard.ts";

export const PERSONAL_DATA_KINDS = ["bsn", "iban", "phone", "email", "postcode-house-number", "date-of-birth"] as const satisfies readonly PersonalDataKind[];

const labelledTextsSchema = z.array(
  z.strictObject({
    text: z.string().min(1),
    kinds: z.array(z.enum(PERSONAL_DATA_KINDS)),
  }),
);

export type LabelledText = z.infer<typeof labelledTextsSchema>[number];

/** What the guard must reach on every labelled set: recall at least 99 %, false positives at most 2 %. */
export const PRIVACY_TARGETS = { recall: 0.99, falsePositiveRate: 0.02 } as const;

export interface PrivacyReport {
  samples: number;
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
  precision: number;
  perKind: Record<PersonalDataKind, { expected: number; found: number; missed: number }>;
  misses: { text: string; expected: string[]; found: string[] }[];
}

/**
 * Measures the guard on labelled texts. A text is positive when it is labelled with at least one kind.
 * We count (text, kind) pairs, because the form names the kinds to remove:
 * - recall: expected pairs the guard reported / expected pairs (1 when nothing is expected);
 * - precision: reported pairs that were expected / reported pairs (1 when nothing is reported);
 * - falsePositiveRate: negative texts with any finding / negative texts (0 when there are none).
 * Per kind, `expected` counts texts labelled with it, `found` texts where the guard reported it
 * (expected or not), `missed` labelled texts where it did not. `misses` lists every text whose reported
 * kinds differ from its label: a missed kind or an unexpected one.
 */
export function measurePrivacyGuard(samples: LabelledText[]): PrivacyReport {
  const perKind = Object.fromEntries(PERSONAL_DATA_KINDS.map((kind) => [kind, { expected: 0, found: 0, missed: 0 }])) as PrivacyReport["perKind"];
  const misses: PrivacyReport["misses"] = [];
  let expectedPairs = 0, reportedPairs = 0, rightPairs = 0, flaggedNegatives = 0;
  for (const sample of samples) {
    const expected = new Set(sample.kinds);
    const found = new Set(findPersonalData(sample.text).map((finding) => finding.kind));
    for (const kind of expected) perKind[kind].expected += 1;
    for (const kind of found) perKind[kind].found += 1;
    for (const kind of expected) if (!found.has(kind)) perKind[kind].missed += 1;
    const right = [...found].filter((kind) => expected.has(kind)).length;
    expectedPairs += expected.size;
    reportedPairs += found.size;
    rightPairs += right;
    if (expected.size === 0 && found.size > 0) flaggedNegatives += 1;
    if (right !== expected.size || right !== found.size) misses.push({ text: sample.text, expected: [...expected], found: [...found] });
  }
  const negatives = samples.filter((sample) => sample.kinds.length === 0).length;
  return {
    samples: samples.length,
    positives: samples.length - negatives,
    negatives,
    recall: expectedPairs === 0 ? 1 : rightPairs / expectedPairs,
    falsePositiveRate: negatives === 0 ? 0 : flaggedNegatives / negatives,
    precision: reportedPairs === 0 ? 1 : rightPairs / reportedPairs,
    perKind,
    misses,
  };
}

/** Whether a report meets both targets. */
export function meetsPrivacyTargets(report: PrivacyReport): boolean {
  return report.recall >= PRIVACY_TARGETS.recall && report.falsePositiveRate <= PRIVACY_TARGETS.falsePositiveRate;
}

/** Reads the labelled set (a YAML list of `{ text, kinds }`) and names every problem in it at once. */
export function loadLabelledTexts(path: string): LabelledText[] {
  const result = labelledTextsSchema.safeParse(parseYaml(readFileSync(path, "utf8")));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${path}: ${formatPath(issue.path)}: ${issue.message}`);
  throw new Error(`De gelabelde teksten kloppen niet:\n${problems.join("\n")}`);
}

function formatPath(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
}
