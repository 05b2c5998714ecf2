import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findPrompt,
  loadPromptLibrary,
  promptsForThemes,
  type PromptLibrary,
} from "../../src/reflection/prompt-library.ts";

const PROMPTS_DIR = join(import.meta.dirname, "../../prompts");

const THEMES = [
  "klantfocus",
  "dienend-leiderschap",
  "veranderbereidheid",
  "strategische-driehoek",
  "houvast",
  "bedoeling-pijlers",
  "ambtenaar-3",
  "leiderschapsuitdagingen",
  "wat-heb-je-nodig",
  "leiding",
];

function realLibrary(): PromptLibrary {
  const result = loadPromptLibrary(PROMPTS_DIR);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.library;
}

function dimensionsOf(library: PromptLibrary, theme: string): Set<string | null> {
  return new Set(promptsForThemes(library, [theme]).map((prompt) => prompt.dimension));
}

/** Sentence ends: . ? or ! (possibly inside a closing quote) followed by a space or the end. */
function sentenceCount(text: string): number {
  return (text.match(/[.?!]['"]?(?=\s|$)/g) ?? []).length;
}

describe("the prompt library in prompts/", () => {
  it("loads without problems", () => {
    const result = loadPromptLibrary(PROMPTS_DIR);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("loads at least 80 prompts in Dutch and English", () => {
    const { prompts } = realLibrary();
    expect(prompts.length).toBeGreaterThanOrEqual(80);
    for (const prompt of prompts) {
      expect(prompt.text.nl.trim(), prompt.id).not.toBe("");
      expect(prompt.text.en.trim(), prompt.id).not.toBe("");
      expect(prompt.text.nl, prompt.id).not.toBe(prompt.text.en);
    }
  });

  it("has one file for each theme, with a Dutch and an English title and its sources", () => {
    const { themes } = realLibrary();
    expect(themes.map((theme) => theme.key).sort()).toEqual([...THEMES].sort());
    for (const theme of themes) {
      expect(theme.title.nl).not.toBe(theme.title.en);
      expect(theme.sources.length).toBeGreaterThan(0);
      expect(promptsForThemes(realLibrary(), [theme.key]).length, theme.key).toBeGreaterThanOrEqual(6);
    }
  });

  it("gives every prompt a unique id made of its theme and a number", () => {
    const { prompts } = realLibrary();
    expect(new Set(prompts.map((prompt) => prompt.id)).size).toBe(prompts.length);
    for (const prompt of prompts) expect(prompt.id).toMatch(new RegExp(`^${prompt.theme}-\\d{2}$`));
  });

  it("keeps every prompt short: at most 280 characters and two sentences", () => {
    for (const prompt of realLibrary().prompts) {
      for (const text of [prompt.text.nl, prompt.text.en]) {
        expect(text.length, prompt.id).toBeLessThanOrEqual(280);
        expect(sentenceCount(text), `${prompt.id}: ${text}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it("covers each of the eight dimensions of dienend leiderschap", () => {
    const dimensions = dimensionsOf(realLibrary(), "dienend-leiderschap");
    for (const dimension of [
      "stimuleren",
      "waarderen",
      "richting-en-verantwoordelijkheid-geven",
      "authenticiteit",
      "fouten-vergeven",
      "bescheidenheid",
      "lef-tonen",
      "rentmeesterschap",
    ]) {
      expect(dimensions, dimension).toContain(dimension);
    }
  });

  it("covers each of the five dimensions of veranderbereidheid", () => {
    const dimensions = dimensionsOf(realLibrary(), "veranderbereidheid");
    for (const dimension of [
      "cognitieve-veranderbereidheid",
      "emotionele-veranderbereidheid",
      "intentionele-veranderbereidheid",
      "management-support",
      "change-efficacy",
    ]) {
      expect(dimensions, dimension).toContain(dimension);
    }
  });

  it("covers the corners of Moore's triangle and pausing on purpose", () => {
    const dimensions = dimensionsOf(realLibrary(), "strategische-driehoek");
    for (const dimension of ["publieke-waarde-propositie", "operationele-capaciteit", "legitimiteit-en-steun", "bewust-stilstaan"]) {
      expect(dimensions, dimension).toContain(dimension);
    }
  });

  it("covers the three pillars of the bedoeling and the four strategic roles", () => {
    const dimensions = dimensionsOf(realLibrary(), "bedoeling-pijlers");
    for (const dimension of [
      "de-mens-centraal",
      "samen-met-anderen",
      "regels-niet-leidend",
      "verkenner",
      "verkondiger",
      "verzorger",
      "verbinder",
    ]) {
      expect(dimensions, dimension).toContain(dimension);
    }
  });

  it("covers the three leadership challenges", () => {
    const dimensions = dimensionsOf(realLibrary(), "leiderschapsuitdagingen");
    for (const dimension of ["publieke-waarden-afwegen", "houvast-en-autonomie", "afdwingen-en-vrijlaten"]) {
      expect(dimensions, dimension).toContain(dimension);
    }
  });

  it("makes a fifth to a quarter of the prompts pulse prompts, each with labels for 1 and 5", () => {
    const { prompts } = realLibrary();
    const pulses = prompts.filter((prompt) => prompt.mode === "pulse");
    expect(pulses.length / prompts.length).toBeGreaterThanOrEqual(0.2);
    expect(pulses.length / prompts.length).toBeLessThanOrEqual(0.25);
    for (const pulse of pulses) {
      expect(pulse.scale?.low.nl, pulse.id).toBeTruthy();
      expect(pulse.scale?.high.en, pulse.id).toBeTruthy();
    }
    for (const open of prompts.filter((prompt) => prompt.mode === "open")) expect(open.scale, open.id).toBeUndefined();
  });

  it("offers prompts for the whole team in every theme but the one for leaders", () => {
    const library = realLibrary();
    for (const theme of THEMES.filter((key) => key !== "leiding")) {
      const forTeam = promptsForThemes(library, [theme]).filter((prompt) => ["everyone", "employee"].includes(prompt.audience));
      expect(forTeam.length, theme).toBeGreaterThanOrEqual(5);
    }
    const forLeaders = promptsForThemes(library, ["leiding"]);
    expect(forLeaders.every((prompt) => prompt.audience === "lead" || prompt.audience === "mt")).toBe(true);
    expect(forLeaders.some((prompt) => prompt.audience === "mt")).toBe(true);
  });

  it("marks prompts about a chafing rule as possible cases", () => {
    const library = realLibrary();
    expect(findPrompt(library, "houvast-08")?.mayBecomeCase).toBe(true);
    expect(library.prompts.filter((prompt) => prompt.mayBecomeCase).length).toBeGreaterThanOrEqual(15);
  });

  it("has at least 20 prompts for team leaders and 6 for the MT, each in Dutch and English", () => {
    const { prompts } = realLibrary();
    const forLeads = prompts.filter((prompt) => prompt.audience === "lead");
    const forMt = prompts.filter((prompt) => prompt.audience === "mt");
    expect(forLeads.length).toBeGreaterThanOrEqual(20);
    expect(forMt.length).toBeGreaterThanOrEqual(6);
    for (const prompt of [...forLeads, ...forMt]) {
      expect(prompt.text.nl.trim(), prompt.id).not.toBe("");
      expect(prompt.text.en.trim(), prompt.id).not.toBe("");
    }
  });

  it("gives team leaders a prompt of their own in every theme", () => {
    const library = realLibrary();
    for (const theme of THEMES) {
      expect(promptsForThemes(library, [theme]).some((prompt) => prompt.audience === "lead"), theme).toBe(true);
    }
  });

  it("names the team's change with {change} in both languages in every veranderbereidheid prompt", () => {
    const prompts = promptsForThemes(realLibrary(), ["veranderbereidheid"]);
    expect(prompts.length).toBeGreaterThanOrEqual(10);
    for (const prompt of prompts) {
      expect(prompt.text.nl, prompt.id).toContain("{change}");
      expect(prompt.text.en, prompt.id).toContain("{change}");
    }
  });

  it("never opens a sentence with {change}, so a name like \"de overgang naar zaakgericht werken\" fits in", () => {
    for (const prompt of realLibrary().prompts) {
      for (const text of [prompt.text.nl, prompt.text.en]) expect(text, prompt.id).not.toMatch(/(^|[.?!:]\s+)\{change\}/);
    }
  });

  it("keeps answers private on prompts about one's own manager, backing and feelings about a change", () => {
    const library = realLibrary();
    const sensitive = {
      "wat-heb-je-nodig-08": "what one needs from one's own leidinggevende",
      "veranderbereidheid-08": "what one's leidinggevende or the MT could do for the change",
      "veranderbereidheid-07": "management's support for the change",
      "houvast-05": "rugdekking from one's leidinggevende",
      "leiding-05": "backing a team member's decision",
      "veranderbereidheid-03": "how the change feels",
      "veranderbereidheid-04": "what one wants to keep after the change",
      "veranderbereidheid-12": "change fatigue",
      "dienend-leiderschap-09": "one's own mistake",
    };
    for (const [id, why] of Object.entries(sensitive)) expect(findPrompt(library, id)?.visibility, `${id}: ${why}`).toBe("private");
    expect(findPrompt(library, "klantfocus-01")?.visibility).toBeUndefined();
  });

  it("points to the vertrouwenspersoon with prompts about safety, mistakes, speaking up and backing", () => {
    const library = realLibrary();
    for (const id of ["dienend-leiderschap-10", "dienend-leiderschap-09", "dienend-leiderschap-12", "houvast-05", "houvast-18"]) {
      expect(findPrompt(library, id)?.care, id).toBe(true);
    }
    expect(findPrompt(library, "klantfocus-01")?.care).toBeUndefined();
  });

  it("asks one question in each of the rewritten prompts, in both languages", () => {
    const library = realLibrary();
    for (const id of ["ambtenaar-3-02", "ambtenaar-3-05", "bedoeling-pijlers-07", "veranderbereidheid-03", "wat-heb-je-nodig-08"]) {
      const prompt = findPrompt(library, id);
      expect(prompt, id).toBeDefined();
      for (const text of [prompt!.text.nl, prompt!.text.en]) expect(text.match(/\?/g)?.length, `${id}: ${text}`).toBe(1);
    }
  });

  it("covers joy in the work, the verkenner, 't Hart's expertise and political skill, external barriers and transparency", () => {
    const library = realLibrary();
    const everyDimension = new Set(library.prompts.map((prompt) => prompt.dimension));
    for (const dimension of ["plezier", "slim-op-de-zaak", "politiek-bekwaam", "externe-barrieres", "transparantie"]) {
      expect(everyDimension, dimension).toContain(dimension);
    }
    const verkenners = library.prompts.filter((prompt) => prompt.dimension === "verkenner");
    expect(verkenners.some((prompt) => prompt.audience === "everyone")).toBe(true);
  });

  it("finds a prompt by its id and returns nothing for an unknown id", () => {
    const library = realLibrary();
    expect(findPrompt(library, "klantfocus-01")?.theme).toBe("klantfocus");
    expect(findPrompt(library, "klantfocus-99")).toBeUndefined();
  });

  it("lists prompts in the order of the themes given, then in file order", () => {
    const library = realLibrary();
    const prompts = promptsForThemes(library, ["wat-heb-je-nodig", "klantfocus", "onbekend"]);
    const themesInOrder = [...new Set(prompts.map((prompt) => prompt.theme))];
    expect(themesInOrder).toEqual(["wat-heb-je-nodig", "klantfocus"]);
    expect(prompts[0]?.id).toBe("wat-heb-je-nodig-01");
    expect(prompts.filter((prompt) => prompt.theme === "klantfocus").map((prompt) => prompt.id)).toEqual(
      library.prompts.filter((prompt) => prompt.theme === "klantfocus").map((prompt) => prompt.id),
    );
  });
});
