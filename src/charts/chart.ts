import type { Block } from "../chat/vocabulary.ts";

/** A chart before rendering: what it shows (title, text alternative) and how (an ECharts option). */
export interface Chart {
  title: string;
  /** Says what the chart shows, from the same data: for screen readers and notifications. */
  alt: string;
  option: Record<string, unknown>;
}

/** Black and grey that differ in lightness too, so the series stay apart when printed without colour. */
export const INK = { dark: "#154273", black: "#000000", grey: "#6b6b6b", axis: "#333333", grid: "#d9d9d9" };
export const FONT_FAMILY = "DejaVu Sans";

/** What every chart shares: white background, our font, no animation (there is no one to watch it). */
export function baseOption(title: string, subtitle: string): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT_FAMILY, color: INK.black },
    title: { text: title, subtext: subtitle, left: 16, top: 8, textStyle: { fontSize: 17, color: INK.black }, subtextStyle: { fontSize: 12, color: INK.axis } },
    grid: { left: 56, right: 24, top: 86, bottom: 40 },
  };
}

export function toImageBlock(chart: Chart, png: Buffer): Block {
  return { type: "image", png: png.toString("base64"), alt: chart.alt, title: chart.title };
}
