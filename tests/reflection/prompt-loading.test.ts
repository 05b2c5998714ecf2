import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPromptLibrary } from "../../src/reflection/prompt-library.ts";

// Reading a prompt directory: every mistake in it named at once, and the build's parse of it used only
// while its files are unchanged. (The shipped library itself: prompt-library.test.ts.)

const PROMPTS_DIR = join(import.meta.dirname, "../../prompts");

describe("loading a prompt directory with mistakes in it", () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  function directoryWith(files: Record<string, string>): string {
    const directory = mkdtempSync(join(tmpdir(), "prompts-"));
    directories.push(directory);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
    return directory;
  }

  function problemsIn(directory: string): string[] {
    const result = loadPromptLibrary(directory);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  }

  const header = (theme: string) => `theme: ${theme}\ntitle: { nl: "Titel", en: "Title" }\nsources: [S0]\nprompts:\n`;
  const openPrompt = (id: string, text = `{ nl: "Wat deed je?", en: "What did you do?" }`) =>
    `  - id: ${id}\n    dimension: null\n    audience: everyone\n    mode: open\n    mayBecomeCase: false\n    text: ${text}\n`;

  it("reads the library the build parsed while its files are unchanged, and an edited file from its YAML", () => {
    const cachePath = join(mkdtempSync(join(tmpdir(), "prompt-cache-")), "prompt-cache.json");
    directories.push(dirname(cachePath));
    const script = join(import.meta.dirname, "../../scripts/cache-prompts.mjs");
    execFileSync(process.execPath, [script, "--prompts", PROMPTS_DIR, "--out", cachePath]);
    const cached = JSON.parse(readFileSync(cachePath, "utf8")) as { entries: Record<string, unknown> };
    expect(Object.keys(cached.entries)).toHaveLength(readdirSync(PROMPTS_DIR).filter((name) => name.endsWith(".yaml")).length);
    expect(loadPromptLibrary(PROMPTS_DIR, cachePath)).toEqual(loadPromptLibrary(PROMPTS_DIR));

    // What is read is the build's parse (here marked, to see it), as long as the file is unchanged …
    const directory = directoryWith({ "test.yaml": header("test") + openPrompt("test-01") });
    execFileSync(process.execPath, [script, "--prompts", directory, "--out", cachePath]);
    const built = JSON.parse(readFileSync(cachePath, "utf8")) as { entries: Record<string, { prompts: { text: { nl: string } }[] }> };
    for (const entry of Object.values(built.entries)) entry.prompts[0]!.text.nl = "Zoals de build het las";
    writeFileSync(cachePath, JSON.stringify(built));
    const unchanged = loadPromptLibrary(directory, cachePath);
    expect(unchanged.ok && unchanged.library.prompts[0]!.text.nl).toBe("Zoals de build het las");
    // … and a file changed since is read (and checked) from its YAML.
    writeFileSync(join(directory, "test.yaml"), header("test") + openPrompt("test-01", `{ nl: "Wat liep anders?", en: "What went differently?" }`));
    const edited = loadPromptLibrary(directory, cachePath);
    expect(edited.ok && edited.library.prompts[0]!.text.nl).toBe("Wat liep anders?");
    writeFileSync(join(directory, "test.yaml"), header("test") + openPrompt("test-01", `{ nl: "Wat liep anders?" }`));
    expect(loadPromptLibrary(directory, cachePath).ok).toBe(false);

    // A cache that cannot be read is no cache.
    writeFileSync(cachePath, "{ niet af");
    expect(loadPromptLibrary(PROMPTS_DIR, cachePath)).toEqual(loadPromptLibrary(PROMPTS_DIR));
  });

  it("loads a small, correct directory", () => {
    const directory = directoryWith({ "test.yaml": header("test") + openPrompt("test-01") });
    const result = loadPromptLibrary(directory);
    expect(result.ok && result.library.prompts.map((prompt) => [prompt.id, prompt.theme])).toEqual([["test-01", "test"]]);
  });

  it("names the file and the prompt when a translation is missing", () => {
    const directory = directoryWith({ "test.yaml": header("test") + openPrompt("test-01", `{ nl: "Wat deed je?" }`) });
    expect(problemsIn(directory)).toEqual([`${join(directory, "test.yaml")}: prompt test-01: text.en is required`]);
  });

  it("names a prompt without an id by its place in the list", () => {
    const directory = directoryWith({ "test.yaml": header("test") + openPrompt("test-01").replace("id: test-01", "id:") });
    expect(problemsIn(directory)).toContain(`${join(directory, "test.yaml")}: prompts[0]: id must be text`);
  });

  it("reports a YAML syntax error with its line", () => {
    const directory = directoryWith({ "test.yaml": header("test") + `  - id: test-01\n    text: { nl: "open haakje"\n` });
    const [problem, ...rest] = problemsIn(directory);
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^${join(directory, "test.yaml")}: YAML syntax error at line \\d+`));
  });

  it("reports an id that is used in two files", () => {
    const directory = directoryWith({
      "een.yaml": header("een") + openPrompt("een-01"),
      "twee.yaml": header("twee") + openPrompt("twee-01") + openPrompt("een-01"),
    });
    expect(problemsIn(directory)).toContain(`${join(directory, "twee.yaml")}: prompt een-01: id is already used in ${join(directory, "een.yaml")}`);
  });

  it("reports a theme key that differs from the file name", () => {
    const directory = directoryWith({ "test.yaml": header("iets-anders") + openPrompt("iets-anders-01") });
    expect(problemsIn(directory)).toEqual([`${join(directory, "test.yaml")}: theme "iets-anders" does not match the file name (expected "test")`]);
  });

  it("asks for a scale on a pulse prompt and refuses one on an open prompt", () => {
    const pulse = openPrompt("test-01").replace("mode: open", "mode: pulse");
    const openWithScale = openPrompt("test-02") + `    scale: { low: { nl: "laag", en: "low" }, high: { nl: "hoog", en: "high" } }\n`;
    const directory = directoryWith({ "test.yaml": header("test") + pulse + openWithScale });
    const file = join(directory, "test.yaml");
    expect(problemsIn(directory)).toEqual([
      `${file}: prompt test-01: scale is required for a pulse prompt (labels for 1 and 5)`,
      `${file}: prompt test-02: scale is only for pulse prompts: remove it or set mode to pulse`,
    ]);
  });

  it("refuses unknown fields, so a typo does not pass silently", () => {
    const directory = directoryWith({ "test.yaml": header("test") + openPrompt("test-01").replace("mayBecomeCase", "mayBecomCase") });
    expect(problemsIn(directory)).toEqual([
      `${join(directory, "test.yaml")}: prompt test-01: mayBecomeCase is required`,
      `${join(directory, "test.yaml")}: prompt test-01: unknown field(s) "mayBecomCase"`,
    ]);
  });

  it("loads visibility and care into the prompt, and leaves them out when the file does", () => {
    const marked = openPrompt("test-01").replace("    text:", "    visibility: private\n    care: true\n    text:");
    const directory = directoryWith({ "test.yaml": header("test") + marked + openPrompt("test-02") });
    const result = loadPromptLibrary(directory);
    expect(result.ok && result.library.prompts.map((prompt) => [prompt.id, prompt.visibility, prompt.care])).toEqual([
      ["test-01", "private", true],
      ["test-02", undefined, undefined],
    ]);
  });

  it("refuses a prompt that names the change in only one language, naming file, prompt and field", () => {
    const directory = directoryWith({
      "test.yaml":
        header("test") +
        openPrompt("test-01", `{ nl: "Wat merk je van {change}?", en: "What do you notice of the change?" }`) +
        openPrompt("test-02", `{ nl: "Wat merk je ervan?", en: "What do you notice of {change}?" }`),
    });
    const file = join(directory, "test.yaml");
    expect(problemsIn(directory)).toEqual([
      `${file}: prompt test-01: text.en must contain {change} too, because text.nl names the change with it`,
      `${file}: prompt test-02: text.nl must contain {change} too, because text.en names the change with it`,
    ]);
  });

  it("refuses a veranderbereidheid prompt that does not name the change", () => {
    const directory = directoryWith({
      "veranderbereidheid.yaml": header("veranderbereidheid") + openPrompt("veranderbereidheid-01", `{ nl: "Hoe gaat de verandering?", en: "How is the change going?" }`),
    });
    expect(problemsIn(directory)).toEqual([
      `${join(directory, "veranderbereidheid.yaml")}: prompt veranderbereidheid-01: text must name the team's change with {change} in nl and en: every veranderbereidheid prompt does`,
    ]);
  });

  it("refuses a visibility other than private and a care that is not true or false", () => {
    const directory = directoryWith({
      "test.yaml":
        header("test") +
        openPrompt("test-01").replace("    text:", "    visibility: team\n    text:") +
        openPrompt("test-02").replace("    text:", "    care: ja\n    text:"),
    });
    const file = join(directory, "test.yaml");
    expect(problemsIn(directory)).toEqual([
      `${file}: prompt test-01: visibility must be "private", or left out to follow the team's setting`,
      `${file}: prompt test-02: care must be true or false`,
    ]);
  });

  it("refuses a placeholder other than {change}, such as a Dutch spelling of it", () => {
    const directory = directoryWith({
      "test.yaml": header("test") + openPrompt("test-01", `{ nl: "Wat merk je van {verandering}?", en: "What do you notice of {change}?" }`),
    });
    expect(problemsIn(directory)).toEqual([
      `${join(directory, "test.yaml")}: prompt test-01: text.nl has an unknown placeholder {verandering}: the only one is {change}`,
      `${join(directory, "test.yaml")}: prompt test-01: text.nl must contain {change} too, because text.en names the change with it`,
    ]);
  });

  it("reports an empty directory, and one that does not exist", () => {
    const directory = directoryWith({ "README.md": "geen prompts" });
    expect(problemsIn(directory)).toEqual([`${directory}: no prompt files (*.yaml or *.yml) found`]);
    expect(problemsIn(join(directory, "bestaat-niet"))[0]).toMatch(/cannot read the prompt directory \(ENOENT\)/);
  });

  it("does not throw on an empty file or a file that is only a list", () => {
    const directory = directoryWith({ "leeg.yaml": "# nog niets\n", "lijst.yml": "- a\n- b\n" });
    expect(problemsIn(directory)).toEqual([
      `${join(directory, "leeg.yaml")}: the file is empty; expected theme, title, sources and prompts`,
      `${join(directory, "lijst.yml")}: expected a mapping with theme, title, sources and prompts`,
    ]);
  });

  it("reports every problem at once, not only the first", () => {
    const directory = directoryWith({
      "een.yaml": `theme: een\ntitle: { nl: "Titel" }\nsources: []\nprompts:\n` +
        openPrompt("een-01", `{ nl: "", en: "What?" }`) +
        openPrompt("een-2").replace("audience: everyone", "audience: iedereen") +
        `  - id: een-03\n    mode: pulse\n    text: { nl: "Zelfde", en: "Zelfde" }\n`,
      "kapot.yaml": "theme: kapot\n  title: [\n",
      "twee.yaml": header("twee") + openPrompt("twee-01", `{ nl: "${"lang ".repeat(60)}", en: "Long" }`),
    });
    const een = join(directory, "een.yaml");
    const problems = problemsIn(directory);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${een}: title.en is required`,
        `${een}: sources needs at least 1 item(s)`,
        `${een}: prompt een-01: text.nl must not be empty`,
        `${een}: prompt een-2: audience must be one of: everyone, employee, lead, mt`,
        `${een}: prompt een-2: id must be "een-" followed by a number, like "een-01"`,
        `${een}: prompt een-03: audience is required`,
        `${een}: prompt een-03: mayBecomeCase is required`,
        `${een}: prompt een-03: scale is required for a pulse prompt (labels for 1 and 5)`,
        `${een}: prompt een-03: text.en is the same as text.nl: write the English translation`,
        `${join(directory, "twee.yaml")}: prompt twee-01: text.nl is longer than 280 characters`,
      ]),
    );
    expect(problems.some((problem) => problem.startsWith(`${join(directory, "kapot.yaml")}: YAML syntax error at line`))).toBe(true);
  });
});
