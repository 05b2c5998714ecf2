import { describe, expect, it } from "vitest";
import { caseFlowChart } from "../../src/charts/case-flow-chart.ts";
import { weeksEndingAt } from "../../src/charts/chart-weeks.ts";
import { participationChart } from "../../src/charts/participation-chart.ts";
import { CHART_SIZE, renderChart } from "../../src/charts/render-chart.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FRIDAY = new Date("2026-03-27T15:00:00Z");
const weeks = weeksEndingAt(FRIDAY, 12, "Europe/Amsterdam", "nl");
const people = [1, 2, 3, 2, 0, 4, 5, 6, 4, 3, 2, 7];
const flow = weeks.map((_, index) => ({ opened: index % 3, decided: (index + 1) % 2, waiting: 2 + (index % 4) }));

/** Width and height from the PNG's IHDR chunk. */
function sizeOf(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the digest's charts", () => {
  it("label twelve weeks with Dutch dates, the newest ending with the digest", () => {
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)!.end).toEqual(FRIDAY);
    expect(weeks.map((week) => week.label)).toEqual(["2 jan", "9 jan", "16 jan", "23 jan", "30 jan", "6 feb", "13 feb", "20 feb", "27 feb", "6 mrt", "13 mrt", "20 mrt"]);
  });

  it("say in words what the participation chart shows, from the same numbers", () => {
    const chart = participationChart({ weeks, people, members: 9 }, "nl");
    expect(chart.title).toBe("Deelname per week");
    expect(chart.alt).toMatch(/^Staafdiagram van de deelname .* afgelopen 12 weken, als deel van de 9 kanaalleden\./);
    expect(chart.alt).toContain("Deze week 78%; het hoogst was 78% in de week van 20 mrt.");
    expect(chart.alt).toContain("2 jan 11%, 9 jan 22%");
    expect(chart.alt.length).toBeLessThanOrEqual(1000);
  });

  it("count people instead of a share when the channel's size is unknown", () => {
    const chart = participationChart({ weeks, people }, "nl");
    expect(chart.alt).toContain("als aantal mensen dat antwoordde");
    expect(chart.alt).toContain("20 mrt 7.");
  });

  it("say in words what the case flow chart shows, also in English", () => {
    expect(caseFlowChart(weeks, flow, "nl").alt).toMatch(/^Lijndiagram .* 12 nieuw en 6 besloten; aan het eind van deze week wachten er 5, 12 weken geleden 2\..* 2 jan 0\/1\/2, /);
    const english = caseFlowChart(weeksEndingAt(FRIDAY, 12, "Europe/Amsterdam", "en"), flow, "en");
    expect(english.title).toBe("Cases per week");
    expect(english.alt).toContain("2 Jan 0/1/2");
  });

  it("render without a browser to a small PNG with its Dutch labels as text in the SVG", async () => {
    for (const chart of [participationChart({ weeks, people, members: 9 }, "nl"), caseFlowChart(weeks, flow, "nl")]) {
      const { svg, png } = await renderChart(chart.option);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(sizeOf(png)).toEqual(CHART_SIZE);
      expect(png.length).toBeLessThan(100_000);
      expect(svg).toContain(chart.title);
      expect(svg).toContain("20 mrt");
    }
  });

  it("keep the series apart without colour: each line has its own dash pattern and marker", async () => {
    const { svg } = await renderChart(caseFlowChart(weeks, flow, "nl").option);
    expect(svg).toContain("stroke-dasharray");
    expect(svg).toMatch(/besloten/);
    expect(svg).toMatch(/wachtend \(eind van de week\)/);
  });
});
