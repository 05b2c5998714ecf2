const BARS = "▁▂▃▄▅▆▇█";

/** A compact text sparkline that renders in every chat client: "▁▃▅█". */
export function sparkline(values: number[]): string {
  if (values.length === 0) return "";
  const max = Math.max(...values);
  if (max <= 0) return BARS[0]!.repeat(values.length);
  return values.map((value) => BARS[Math.min(BARS.length - 1, Math.round((value / max) * (BARS.length - 1)))]!).join("");
}
