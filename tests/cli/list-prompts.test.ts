import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listPrompts, type ListedPrompt } from "../../src/cli/list-prompts.ts";
import { loadPromptLibrary, type PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { runCli } from "./run-cli.ts";

function realLibrary(): PromptLibrary {
  const result = loadPromptLibrary(join(import.meta.dirname, "../../prompts"));
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.library;
}

/** What listPrompts writes to stdout, as lines. */
function listed(options: { json: boolean; theme?: string }): string[] {
  const lines: string[] = [];
  const code = listPrompts(realLibrary(), options, { out: (text) => void lines.push(text), err: () => undefined });
  expect(code).toBe(0);
  return lines;
}

describe("npm run cli -- list-prompts", () => {
  it("shows each prompt's audience, visibility and care as JSON", async () => {
    const database = join(mkdtempSync(join(tmpdir(), "bedoeling-list-")), "unused.db");
    const result = await runCli(database, ["list-prompts", "--json"]);
    expect(result.code).toBe(0);
    const prompts = JSON.parse(result.out) as ListedPrompt[];
    expect(prompts.length).toBeGreaterThanOrEqual(120);
    for (const prompt of prompts) {
      expect(["everyone", "employee", "lead", "mt"], prompt.id).toContain(prompt.audience);
      expect(["private", "team-setting"], prompt.id).toContain(prompt.visibility);
      expect(typeof prompt.care, prompt.id).toBe("boolean");
    }
    const byId = new Map(prompts.map((prompt) => [prompt.id, prompt]));
    expect(byId.get("houvast-05")).toMatchObject({ audience: "employee", visibility: "private", care: true });
    expect(byId.get("leiding-01")).toMatchObject({ audience: "lead", visibility: "team-setting", care: false });
    expect(byId.get("klantfocus-01")).toMatchObject({ audience: "everyone", visibility: "team-setting", care: false });
  }, 30_000);

  it("keeps to one theme with --theme", () => {
    const prompts = JSON.parse(listed({ json: true, theme: "veranderbereidheid" }).join("\n")) as ListedPrompt[];
    expect(new Set(prompts.map((prompt) => prompt.theme))).toEqual(new Set(["veranderbereidheid"]));
    expect(prompts.every((prompt) => prompt.text.nl.includes("{change}"))).toBe(true);
  });

  it("marks audience, private and care briefly in the plain listing, and counts prompts per audience", () => {
    const lines = listed({ json: false });
    expect(lines.find((line) => line.includes("houvast-05"))).toMatch(/medewerker\s+privé zorg\s/);
    expect(lines.find((line) => line.includes("leiding-04"))).toMatch(/\sMT\s/);
    expect(lines.find((line) => line.includes("klantfocus-01"))).not.toMatch(/privé|zorg/);
    expect(lines.join("\n")).toMatch(/Voor wie: iedereen \d+, medewerker \d+, teamleider \d+, MT \d+\./);
  });
});
