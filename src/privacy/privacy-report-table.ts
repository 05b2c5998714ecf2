import { meetsPrivacyTargets, PERSONAL_DATA_KINDS, PRIVACY_TARGETS, type PrivacyReport } from "./privacy-report.ts";

/** One labelled set and how the guard did on it: "origineel" (typed text), "geplakt" (pasted text). */
export interface PrivacyReportLine {
  name: string;
  report: PrivacyReport;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
// Characters a terminal does not show: the odd spaces, dashes and invisible characters of pasted text.
const HIDDEN = /[^\P{Zs} ]|\p{Cf}|[^\P{Pd}-]|\u2212/gu;

/**
 * A table for the command line: one line per labelled set with its figures and whether it meets the
 * targets, then per set a row per kind and every text the guard got wrong, hidden characters shown.
 */
export function formatPrivacyReport(lines: PrivacyReportLine[]): string {
  const total = lines.reduce((sum, line) => sum + line.report.samples, 0);
  const width = Math.max(10, ...lines.map((line) => line.name.length + 2));
  const target = `recall ≥ ${percent(PRIVACY_TARGETS.recall)}, fout-positief ≤ ${percent(PRIVACY_TARGETS.falsePositiveRate)}`;
  const out = [
    `Privacyfilter op ${total} gelabelde teksten · doel per regel: ${target}`,
    "",
    `${"regel".padEnd(width)}${"teksten".padStart(8)}${"met".padStart(6)}${"zonder".padStart(8)}${"recall".padStart(9)}${"fout-pos.".padStart(11)}${"precisie".padStart(10)}  doel`,
    ...lines.map(({ name, report: r }) =>
      [
        name.padEnd(width),
        String(r.samples).padStart(8),
        String(r.positives).padStart(6),
        String(r.negatives).padStart(8),
        percent(r.recall).padStart(9),
        percent(r.falsePositiveRate).padStart(11),
        percent(r.precision).padStart(10),
        meetsPrivacyTargets(r) ? "  gehaald" : "  NIET gehaald",
      ].join(""),
    ),
  ];
  for (const line of lines) out.push("", ...formatKinds(line), ...formatMisses(line));
  return out.join("\n");
}

function formatKinds({ name, report }: PrivacyReportLine): string[] {
  return [
    `${name}: ${report.samples} teksten (${report.positives} met persoonsgegevens, ${report.negatives} zonder)`,
    `recall ${percent(report.recall)} · fout-positief ${percent(report.falsePositiveRate)} · precisie ${percent(report.precision)}`,
    `${"soort".padEnd(24)}${"verwacht".padStart(9)}${"gevonden".padStart(9)}${"gemist".padStart(8)}`,
    ...PERSONAL_DATA_KINDS.map((kind) => {
      const row = report.perKind[kind];
      return `${kind.padEnd(24)}${String(row.expected).padStart(9)}${String(row.found).padStart(9)}${String(row.missed).padStart(8)}`;
    }),
  ];
}

function formatMisses({ name, report }: PrivacyReportLine): string[] {
  if (report.misses.length === 0) return [];
  return [
    `Afwijkingen (${name}):`,
    ...report.misses.map((miss) => `- ${showHidden(miss.text)}\n  verwacht: ${miss.expected.join(", ") || "—"}; gevonden: ${miss.found.join(", ") || "—"}`),
  ];
}

/** "06\u201312345678" → "06⟨U+2013⟩12345678", so a reader sees what the guard saw. */
function showHidden(text: string): string {
  return text.replace(HIDDEN, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
}
