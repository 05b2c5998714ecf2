import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runScript } from "./run-cli.ts";

let out = "";

/** The part of the demo's output from one moment (a "########" line) to the next. */
function moment(label: string): string {
  const start = out.indexOf(label);
  expect(start, `moment "${label}"`).toBeGreaterThan(-1);
  const end = out.indexOf("\n########", start);
  return out.slice(start, end === -1 ? undefined : end);
}

describe("npm run demo", () => {
  beforeAll(async () => {
    const database = join(mkdtempSync(join(tmpdir(), "bedoeling-demo-")), "demo.db");
    const demo = await runScript("src/demo/run-demo.ts", [database], {});
    expect(demo.code, demo.err).toBe(0);
    out = demo.out;
  }, 60_000);

  it("turns a rode draad across two teams into a proposal to the MT, with both cases", () => {
    const proposal = moment("de rode draad over twee teams wordt een voorstel aan het MT");
    expect(proposal).toMatch(/\[#mt\] m\d+\n== V-2026-0001 · Voorstel: Protocol klantdossier KCC ==/);
    expect(proposal).toMatch(/Draagt: 2 casussen uit 2 teams/);
    expect(proposal).toMatch(/G-2026-0001 .*\(Klantcontactcentrum\)[\s\S]*G-2026-0002 .*\(Wmo-team\)/);
  });

  it("reminds the MT on the day the decision was asked for, and then shows the MT's reasoned answer reaching both teams and both submitters", () => {
    expect(moment("vandaag was het besluit gevraagd")).toMatch(/\[#mt\] m\d+\nHerinnering: voorstel V-2026-0001/);
    const answered = moment("het MT besluit, met onderbouwing");
    expect(answered).toMatch(/\[alleen voor lisa\] Alleen MT Gemeente Voorbeeld/);
    for (const where of ["#kcc-garage › draad", "#wmo-garage › draad", "privébericht aan anna", "privébericht aan omar"]) {
      expect(answered).toMatch(new RegExp(`\\[${where}[^\\]]*\\][^\\[]*V-2026-0001 aan MT Gemeente Voorbeeld: aangepast aangenomen[^\\[]*registreren om het registreren`));
    }
  });

  it("leads the MT's digest with what became of it, and asks the look-back six weeks after the decision", () => {
    const digest = moment("het overzicht voor het MT");
    expect(digest.indexOf("Wat is ermee gebeurd?")).toBeLessThan(digest.indexOf("Wacht op het MT"));
    expect(digest).toMatch(/V-2026-0001 .*aangepast aangenomen/);
    const lookback = moment("de terugblik");
    expect(lookback).toMatch(/\[privébericht aan lisa\]\nTerugblik op G-2026-0001/);
    expect(lookback).toMatch(/\[privébericht aan anna\]\nTerugblik op G-2026-0001/);
    expect(lookback).toMatch(/\[alleen voor anna\] Dank je\. Je terugblik op G-2026-0001 is bewaard/);
  });
});
