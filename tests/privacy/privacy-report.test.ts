import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLabelledTexts, measurePrivacyGuard, type PrivacyReport } from "../../src/privacy/privacy-report.ts";
import { formatPrivacyReport } from "../../src/privacy/privacy-report-table.ts";
import { privacyReport } from "../../src/cli/privacy-report.ts";

const LABELLED_TEXTS = join(import.meta.dirname, "../fixtures/privacy/labelled-texts.yaml");
const PASTED_TEXTS = join(import.meta.dirname, "../fixtures/privacy/pasted-texts.yaml");

function summaryOf(report: PrivacyReport): string {
  const misses = report.misses.map((miss) => `- ${JSON.stringify(miss.text)} (expected: ${miss.expected.join(", ") || "none"}; found: ${miss.found.join(", ") || "none"})`);
  return `recall ${report.recall}, false-positive rate ${report.falsePositiveRate}\n${misses.join("\n")}`;
}

function writeLabelled(name: string, yaml: string): string {
  const path = join(tmpdir(), `${name}-${process.pid}.yaml`);
  writeFileSync(path, yaml);
  return path;
}

describe("the privacy report", () => {
  it("meets the targets on the labelled set: recall at least 99 %, false positives at most 2 %", () => {
    const report = measurePrivacyGuard(loadLabelledTexts(LABELLED_TEXTS));
    expect(report.recall, summaryOf(report)).toBeGreaterThanOrEqual(0.99);
    expect(report.falsePositiveRate, summaryOf(report)).toBeLessThanOrEqual(0.02);
  });

  it("meets the same targets on 80 or more pasted identifiers of every kind and 60 or more ordinary pasted texts", () => {
    const report = measurePrivacyGuard(loadLabelledTexts(PASTED_TEXTS));
    expect(report.recall, summaryOf(report)).toBeGreaterThanOrEqual(0.99);
    expect(report.falsePositiveRate, summaryOf(report)).toBeLessThanOrEqual(0.02);
    expect(report.positives).toBeGreaterThanOrEqual(80);
    expect(report.negatives).toBeGreaterThanOrEqual(60);
    for (const row of Object.values(report.perKind)) expect(row.expected).toBeGreaterThanOrEqual(15);
    const texts = loadLabelledTexts(PASTED_TEXTS).map((sample) => sample.text);
    expect(texts.filter((text) => /[\u00A0\u2007\u2009\u202F\u2011\u2012\u2013\u2014\u2212\u200B-\u200D\u2060\uFEFF\u00AD\uFF10-\uFF19]/.test(text)).length).toBeGreaterThanOrEqual(130);
  });

  it("has a labelled set large enough to mean something", () => {
    const report = measurePrivacyGuard(loadLabelledTexts(LABELLED_TEXTS));
    expect(report.samples).toBeGreaterThanOrEqual(220);
    expect(report.positives).toBeGreaterThanOrEqual(100);
    for (const row of Object.values(report.perKind)) expect(row.expected).toBeGreaterThanOrEqual(15);
  });

  it("counts a missed kind, an unexpected kind and a flagged negative", () => {
    const report = measurePrivacyGuard([
      { text: "BSN 111222333", kinds: ["bsn", "phone"] },
      { text: "Op 12 maart 2026 kwam zij aan het loket.", kinds: [] },
      { text: "Bel 06-12345678.", kinds: [] },
    ]);
    expect(report).toMatchObject({ samples: 3, positives: 1, negatives: 2, recall: 0.5, falsePositiveRate: 0.5, precision: 0.5 });
    expect(report.perKind.phone).toEqual({ expected: 1, found: 1, missed: 1 });
    expect(report.misses.map((miss) => miss.text)).toEqual(["BSN 111222333", "Bel 06-12345678."]);
  });

  it("prints a line per labelled set, a row per kind and the misses, with hidden characters shown", () => {
    const typed = measurePrivacyGuard([{ text: "Bel 06-12345678.", kinds: [] }]);
    const pasted = measurePrivacyGuard([{ text: "Bel 06\u201312345678.", kinds: ["phone"] }]);
    const table = formatPrivacyReport([{ name: "origineel", report: typed }, { name: "geplakt", report: pasted }]);
    expect(table).toMatch(/^origineel\s+1\s+0\s+1\s+100\.0 %\s+100\.0 %\s+0\.0 %\s+NIET gehaald$/m);
    expect(table).toMatch(/^geplakt\s+1\s+1\s+0\s+100\.0 %\s+0\.0 %\s+100\.0 %\s+gehaald$/m);
    expect(table).toMatch(/^phone\s+0\s+1\s+0$/m);
    expect(table).toMatch(/Afwijkingen \(origineel\):\n- Bel 06-12345678\./);
    const failing = measurePrivacyGuard([{ text: "Bel 06\u2013123.", kinds: ["phone"] }]);
    expect(formatPrivacyReport([{ name: "geplakt", report: failing }])).toMatch(/- Bel 06⟨U\+2013⟩123\./);
  });

  it("names every broken item in a labelled file", () => {
    const path = join(tmpdir(), `labelled-${process.pid}.yaml`);
    writeFileSync(path, "- text: Goed\n  kinds: []\n- text: ''\n  kinds: [bsn]\n- text: Fout\n  kinds: [passport]\n");
    expect(() => loadLabelledTexts(path)).toThrow(/\[1\]\.text[\s\S]*\[2\]\.kinds\[0\]/);
  });
});

describe("the privacy-report command", () => {
  const output = () => {
    const lines: string[] = [];
    return { lines, out: (text: string) => void lines.push(text), err: (text: string) => void lines.push(text) };
  };

  it("reports the typed and the pasted set on lines of their own and passes when both meet the targets", () => {
    const seen = output();
    expect(privacyReport(seen)).toBe(0);
    expect(seen.lines.join("\n")).toMatch(/^origineel\s+\d+.*gehaald$/m);
    expect(seen.lines.join("\n")).toMatch(/^geplakt\s+\d+.*gehaald$/m);
  });

  it("fails when one line misses a target, even if the other meets it", () => {
    const good = writeLabelled("typed", "- text: 'BSN 111222333'\n  kinds: [bsn]\n- text: 'Op 12 maart 2026 aan het loket.'\n  kinds: []\n");
    const weak = writeLabelled("pasted", "- text: \"Bel 06\\u2013123 of mail.\"\n  kinds: [phone]\n");
    const seen = output();
    expect(privacyReport(seen, [{ name: "origineel", path: good }, { name: "geplakt", path: weak }])).toBe(1);
    expect(seen.lines.join("\n")).toMatch(/^geplakt\s.*NIET gehaald$/m);
    expect(seen.lines.at(-1)).toBe("Doelen NIET gehaald op: geplakt.");
  });
});
