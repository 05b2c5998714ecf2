import { cpus, totalmem } from "node:os";

/** One figure of bench/results.json: our value, the baseline it is compared with, and their ratio. */
export interface Result {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  /** What the issue asks for, in words, and whether this run met it. */
  target?: string;
  met?: boolean;
}

export function result(name: string, value: number, unit: string, baseline: number | null, target?: { text: string; met: (value: number, ratio: number | null) => boolean }): Result {
  const ratio = baseline ? round(value / baseline, 2) : null;
  const entry: Result = { name, value: round(value, 2), unit, baseline: baseline === null ? null : round(baseline, 2), ratio };
  if (target) Object.assign(entry, { target: target.text, met: target.met(value, ratio) });
  return entry;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

export function toTable(results: Result[]): string {
  const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, r.baseline === null ? "" : `${r.baseline} ${r.unit}`, r.ratio === null ? "" : `${r.ratio}×`, r.target ?? "", r.met === undefined ? "" : r.met ? "yes" : "NO"]);
  const header = ["figure", "ours", "baseline", "ratio", "target", "met"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
