import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPrivacyReport, loadLabelledTexts, measurePrivacyGuard } from "../../src/cases/privacy-report.ts";

const LABELLED_TEXTS = join(import.meta.dirname, "../fixtures/privacy/labelled-texts.yaml");

describe("the privacy report", () => {
  it("meets the targets on the labelled set: recall at least 99 %, false positives at most 2 %", () => {
    const report = measurePrivacyGuard(loadLabelledTexts(LABELLED_TEXTS));
    const misses = report.misses.map((miss) => `- ${miss.text} (expected: ${miss.expected.join(", ") || "none"}; found: ${miss.found.join(", ") || "none"})`);
    const summary = `recall ${report.recall}, false-positive rate ${report.falsePositiveRate}\n${misses.join("\n")}`;
    expect(report.recall, summary).toBeGreaterThanOrEqual(0.99);
    expect(report.falsePositiveRate, summary).toBeLessThanOrEqual(0.02);
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

  it("prints a table with a row per kind and the misses", () => {
    const report = measurePrivacyGuard([{ text: "Bel 06-12345678.", kinds: [] }]);
    const table = formatPrivacyReport(report);
    expect(table).toMatch(/fout-positief 100\.0 %/);
    expect(table).toMatch(/^phone\s+0\s+1\s+0$/m);
    expect(table).toMatch(/Bel 06-12345678\./);
  });

  it("names every broken item in a labelled file", () => {
    const path = join(tmpdir(), `labelled-${process.pid}.yaml`);
    writeFileSync(path, "- text: Goed\n  kinds: []\n- text: ''\n  kinds: [bsn]\n- text: Fout\n  kinds: [passport]\n");
    expect(() => loadLabelledTexts(path)).toThrow(/\[1\]\.text[\s\S]*\[2\]\.kinds\[0\]/);
  });
});
