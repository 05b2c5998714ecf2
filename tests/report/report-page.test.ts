import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliOutput } from "../../src/cli/cli-output.ts";
import { decisionSpread } from "../../src/charts/time-to-decision-chart.ts";
import { reportCommand, type ReportOptions } from "../../src/report/report-command.ts";
import type { TestBot } from "../support/test-bot.ts";
import { ACCEPTED, HOSTILE_TITLE, KCC_REASONS, NOT_SHARED, playQuarter, STORY } from "./poster-organisation.ts";
import { readHtml, type ReadPage } from "./read-html.ts";

const QUARTER = { from: "2026-01-01", to: "2026-03-31" };
let test: TestBot;
let folder: string;
const pages: Record<"kcc" | "organisation", { html: string; page: ReadPage }> = {} as never;

function capture(): CliOutput & { text: () => string } {
  let text = "";
  return { out: (line) => void (text += `${line}\n`), err: (line) => void (text += `${line}\n`), text: () => text };
}

async function report(options: Omit<ReportOptions, "isOrganisation"> & { isOrganisation?: boolean }) {
  const output = capture();
  const code = await reportCommand(test.db, test.config, { isOrganisation: false, ...options }, test.clock.now(), output);
  return { code, said: output.text() };
}

beforeAll(async () => {
  test = await playQuarter();
  folder = mkdtempSync(join(tmpdir(), "bedoeling-report-"));
  for (const [name, options] of [["kcc", { team: "kcc" }], ["organisation", { isOrganisation: true }]] as const) {
    const out = join(folder, `${name}.html`);
    const { code, said } = await report({ ...options, ...QUARTER, out });
    if (code !== 0) throw new Error(said);
    const html = readFileSync(out, "utf8");
    pages[name] = { html, page: readHtml(html) };
  }
});
afterAll(() => test.db.close());

describe("the quarterly poster of a team", () => {
  it("tells the quarter's story: a shared answer, the decided case with its reasons, the rode draad, the proposal's outcome and the look-back", () => {
    const { text } = pages.kcc.page;
    expect(text).toMatch(/Klantcontactcentrum 1 januari 2026 – 31 maart 2026/);
    expect(text).toContain(STORY);
    expect(text).not.toContain(NOT_SHARED);
    expect(text).toMatch(/G-2026-0001 Kleinzoon tijdelijk inwonend, korting op aanvulling voorstel om regel of protocol te wijzigen/);
    expect(text).toMatch(/niveau: team \(teamleider of casusoverleg\) · afgewogen: menselijke maat · na \d+ werkdag/);
    expect(text).toContain(KCC_REASONS);
    expect(text).toMatch(/Rode draden .*“Kostendelersnorm” 1 casus in deze periode; 2 casussen in 2 teams tot nu toe/);
    expect(text).toMatch(/V-2026-0001 Kostendelersnorm aangenomen aan Beleid Werk en Inkomen · 2 casussen uit 2 teams/);
    expect(text).toContain(ACCEPTED);
    expect(text).toMatch(/1 terugblik beantwoord Hielp het de persoon om wie het ging\? ja 1 · deels 0 · nee 0 Is de regel of de werkwijze veranderd\? ja 0 · deels 1 · nee 0/);
    expect(text).toMatch(/Cijfers zijn om van te leren, niet om op af te rekenen/);
  });

  it("draws its charts inline as SVG, each with a text alternative, and participation only as the team's own", () => {
    const svgs = pages.kcc.page.tags.filter((tag) => tag.name === "svg");
    expect(svgs.map((svg) => svg.attributes["aria-label"]!.split(" ").slice(0, 3).join(" "))).toEqual([
      "Staafdiagram van de",
      "Lijndiagram van de",
      "Staafdiagram van de",
      "Staafdiagram van 1",
    ]);
    expect(pages.kcc.page.text).toMatch(/Deelname per week/);
    expect(pages.kcc.page.text).toMatch(/Van inbreng tot besluit.*mediaan \d+ werkdagen/);
    expect(pages.kcc.page.text).toMatch(/Staafdiagram van 1 voorstel buiten het team, naar hoe het er nu voor staat: verstuurd 0, in behandeling 0, aangenomen 1/);
  });

  it("asks for nothing outside the page and prints on A3", () => {
    for (const { html, page } of Object.values(pages)) {
      const names = new Set(page.tags.map((tag) => tag.name));
      expect(names.has("script") || names.has("link") || names.has("iframe") || names.has("img")).toBe(false);
      const addresses = page.tags.flatMap((tag) => ["src", "href", "xlink:href", "srcset", "action", "data"].map((name) => tag.attributes[name])).filter(Boolean);
      expect(addresses.filter((address) => /^\s*(https?:)?\/\//i.test(address!))).toEqual([]);
      expect(page.styles.join("\n")).not.toMatch(/@import|url\(/);
      expect(html).not.toMatch(/https?:\/\/(?!example\.org)/);
      expect(page.styles.join("\n")).toMatch(/@page\s*\{\s*size:\s*A3/);
    }
  });

  it("escapes what people wrote, so a title with markup stays text", () => {
    const { html, page } = pages.organisation;
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=https://example.org/x.png&gt;");
    expect(page.text).toContain(HOSTILE_TITLE);
    expect(page.tags.some((tag) => tag.name === "script" || tag.name === "img")).toBe(false);
  });

  it("names nobody: no submitter, lead or answer author", () => {
    for (const { page } of Object.values(pages)) expect(page.text).not.toMatch(/console:|\b(anna|lisa|omar|noor|bram)\b/i);
  });
});

describe("the organisation's poster", () => {
  it("shows the decisions of every team and the shared rode draad", () => {
    const { text } = pages.organisation.page;
    expect(text).toMatch(/Gemeente Voorbeeld 1 januari 2026 – 31 maart 2026/);
    expect(text).toMatch(/G-2026-0001 .* Klantcontactcentrum · niveau/);
    expect(text).toMatch(/G-2026-0002 .* Wmo-team · niveau/);
    expect(text).toMatch(/“Kostendelersnorm” 2 casussen in deze periode; 2 casussen in 2 teams tot nu toe/);
  });

  it("has no participation figures of any team, so it cannot compare or rank them", () => {
    const { page } = pages.organisation;
    expect(page.text).not.toMatch(/Deelname per week|antwoordden|kanaalleden|deelname aan de reflectievragen/);
    expect(page.tags.filter((tag) => tag.name === "svg").map((svg) => svg.attributes["aria-label"]!.split(" ")[0])).toEqual(["Lijndiagram", "Staafdiagram", "Staafdiagram"]);
    expect(page.text).toMatch(/telt geen deelname per team en vergelijkt geen teams/);
  });
});

describe("in English", () => {
  it("follows the configured language, with English dates", async () => {
    const out = join(folder, "english.html");
    const output = capture();
    const config = { ...test.config, language: "en" as const };
    expect(await reportCommand(test.db, config, { isOrganisation: true, ...QUARTER, out }, test.clock.now(), output)).toBe(0);
    const { text, tags } = readHtml(readFileSync(out, "utf8"));
    expect(tags.find((tag) => tag.name === "html")!.attributes.lang).toBe("en");
    expect(text).toMatch(/Quarterly poster · Gemeente Voorbeeld · 1 January 2026 – 31 March 2026/);
    expect(text).toMatch(/Decided, with reasons .* rule or protocol change proposed/);
    expect(text).toMatch(/Figures are for learning, not for judging/);
  });
});

describe("time to decision", () => {
  it("is summed up by its median and the middle half of the decisions", () => {
    expect(decisionSpread([10, 1, 3, 2, 4])).toEqual({ median: 3, low: 2, high: 4 });
    expect(decisionSpread([2, 5])).toMatchObject({ median: 3.5 });
  });
});

describe("the report command", () => {
  it("writes a file only its owner can read, and never over an existing file or a symbolic link", async () => {
    expect(lstatSync(join(folder, "kcc.html")).mode & 0o777).toBe(0o600);
    const existing = join(folder, "existing.html");
    writeFileSync(existing, "keep me");
    const refused = await report({ team: "kcc", ...QUARTER, out: existing });
    expect(refused).toMatchObject({ code: 2, said: expect.stringMatching(/bestaat al.*nooit een bestaand bestand overschreven/) });
    expect(readFileSync(existing, "utf8")).toBe("keep me");
    const link = join(folder, "link.html");
    symlinkSync(existing, link);
    expect((await report({ isOrganisation: true, ...QUARTER, out: link })).code).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("keep me");
  });

  it("refuses unclear arguments with a Dutch explanation", async () => {
    expect(await report({ team: "kcc", isOrganisation: true, out: join(folder, "a.html") })).toMatchObject({ code: 2, said: expect.stringMatching(/Kies --organisation of --team/) });
    expect(await report({ team: "kcc", from: "2026-01-01", out: join(folder, "b.html") })).toMatchObject({ code: 2, said: expect.stringMatching(/--from en --to allebei/) });
    expect(await report({ team: "kcc", ...QUARTER })).toMatchObject({ code: 2, said: expect.stringMatching(/--out FILE\.html/) });
  });
});
