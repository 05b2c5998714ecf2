import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative } from "node:path";
import { parseDocument } from "yaml";
import { checkPromptRules, describeIssue, PromptSchema, ThemeFileSchema } from "./prompt-schema.ts";

export type Audience = "everyone" | "employee" | "lead" | "mt";
export type AnswerMode = "open" | "pulse";
export interface LocalText { nl: string; en: string }
export interface Prompt {
  id: string;
  theme: string;
  dimension: string | null;
  audience: Audience;
  mode: AnswerMode;
  mayBecomeCase: boolean;
  /** "private": answers are private whatever the team's visibility; absent: the team's setting holds. */
  visibility?: "private";
  /** Touches on safety or wellbeing: the vertrouwenspersoon is pointed out with it. */
  care?: boolean;
  /** May contain {change}, the team's current change (see promptText). */
  text: LocalText;
  scale?: { low: LocalText; high: LocalText };
}
export interface Theme { key: string; title: LocalText; sources: string[] }
export interface PromptLibrary { themes: Theme[]; prompts: Prompt[] }
export type LoadResult = { ok: true; library: PromptLibrary } | { ok: false; problems: string[] };

/** One file's theme, its valid prompts, every prompt id it mentions (valid or not) and its problems. */
interface ThemeFile { theme: Theme; prompts: Prompt[]; ids: string[]; problems: string[] }

/**
 * Reads every *.yaml / *.yml file in the directory (sorted by name), one theme per file. Bad content
 * never throws: every problem is returned at once, each naming the file, the prompt and the field.
 */
export function loadPromptLibrary(directory: string, cachePath?: string): LoadResult {
  const where = displayPath(directory);
  const cache = readCache(cachePath);
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch (error) {
    return { ok: false, problems: [`${where}: cannot read the prompt directory (${(error as NodeJS.ErrnoException).code ?? error})`] };
  }
  if (names.length === 0) return { ok: false, problems: [`${where}: no prompt files (*.yaml or *.yml) found`] };

  const library: PromptLibrary = { themes: [], prompts: [] };
  const problems: string[] = [];
  const themeFiles = new Map<string, string>();
  const idFiles = new Map<string, string>();
  for (const name of names) {
    const file = displayPath(join(directory, name));
    const loaded = readThemeFile(join(directory, name), file, basename(name, extname(name)), cache);
    problems.push(...loaded.problems);
    const earlierTheme = themeFiles.get(loaded.theme.key);
    if (earlierTheme) problems.push(`${file}: theme "${loaded.theme.key}" is already defined in ${earlierTheme}`);
    themeFiles.set(loaded.theme.key, file);
    for (const id of loaded.ids) {
      const earlier = idFiles.get(id);
      if (earlier) problems.push(`${file}: prompt ${id}: id is already used in ${earlier}`);
      idFiles.set(id, file);
    }
    library.themes.push(loaded.theme);
    library.prompts.push(...loaded.prompts);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, library };
}

export function findPrompt(library: PromptLibrary, id: string): Prompt | undefined {
  return library.prompts.find((prompt) => prompt.id === id);
}

/** The prompts of the given themes: in the order the themes are given, each theme in file order. */
export function promptsForThemes(library: PromptLibrary, themes: string[]): Prompt[] {
  return [...new Set(themes)].flatMap((theme) => library.prompts.filter((prompt) => prompt.theme === theme));
}

function readThemeFile(path: string, file: string, fileKey: string, cache: ParsedFiles): ThemeFile {
  const result: ThemeFile = { theme: { key: fileKey, title: { nl: fileKey, en: fileKey }, sources: [] }, prompts: [], ids: [], problems: [] };
  const content = readYaml(path, file, result.problems, cache);
  if (content === undefined) return result;
  if (!isRecord(content)) {
    result.problems.push(`${file}: expected a mapping with theme, title, sources and prompts`);
    return result;
  }
  const header = ThemeFileSchema.safeParse(content);
  const isAboutOnePrompt = (issue: { path: PropertyKey[] }) => issue.path[0] === "prompts" && issue.path.length > 1;
  for (const issue of header.error?.issues ?? []) {
    if (!isAboutOnePrompt(issue)) result.problems.push(`${file}: ${describeIssue(issue, content)}`);
  }
  if (typeof content.theme === "string" && content.theme !== fileKey) {
    result.problems.push(`${file}: theme "${content.theme}" does not match the file name (expected "${fileKey}")`);
  }
  if (header.success) result.theme = { key: fileKey, title: header.data.title, sources: header.data.sources };
  // Ids are checked against the theme as written, so a misnamed file gives one problem, not one per prompt.
  const theme = typeof content.theme === "string" ? content.theme : fileKey;
  if (Array.isArray(content.prompts)) content.prompts.forEach((item, index) => readPrompt(item, index, file, theme, result));
  return result;
}

function readPrompt(item: unknown, index: number, file: string, theme: string, into: ThemeFile): void {
  const id = isRecord(item) && typeof item.id === "string" && item.id !== "" ? item.id : undefined;
  const label = id ? `prompt ${id}` : `prompts[${index}]`;
  if (id) into.ids.push(id);
  if (!isRecord(item)) {
    into.problems.push(`${file}: ${label}: expected a mapping with id, audience, mode, mayBecomeCase and text`);
    return;
  }
  const parsed = PromptSchema.safeParse(item);
  const problems = [...(parsed.error?.issues ?? []).map((issue) => describeIssue(issue, item)), ...checkPromptRules(item, theme)];
  into.problems.push(...problems.map((problem) => `${file}: ${label}: ${problem}`));
  if (parsed.success && problems.length === 0) into.prompts.push({ ...parsed.data, theme });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Prompt files as the build parsed them (scripts/cache-prompts.mjs), by the SHA-256 of their text. */
type ParsedFiles = Map<string, unknown>;

/** The build's parsed prompt files; none when there is no such file or it cannot be read (then YAML is parsed). */
function readCache(cachePath: string | undefined): ParsedFiles {
  if (!cachePath || !existsSync(cachePath)) return new Map();
  try {
    const cache = JSON.parse(readFileSync(cachePath, "utf8")) as { version?: number; entries?: Record<string, unknown> };
    return cache.version === 1 && isRecord(cache.entries) ? new Map(Object.entries(cache.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** The parsed YAML, or undefined after recording why it could not be read. */
function readYaml(path: string, file: string, problems: string[], cache: ParsedFiles): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    problems.push(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
    return undefined;
  }
  // Unchanged since the build: its parse is in the cache (YAML parsing was most of a start's prompt loading).
  const parsed = cache.get(createHash("sha256").update(text).digest("hex"));
  if (parsed !== undefined && parsed !== null) return parsed;
  const document = parseDocument(text);
  for (const error of document.errors) {
    const position = error.linePos?.[0];
    const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    problems.push(`${file}: YAML syntax error${position ? ` at line ${position.line}, column ${position.col}` : ""}: ${message}`);
  }
  if (document.errors.length > 0) return undefined;
  let content: unknown;
  try {
    content = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push(`${file}: cannot read the YAML (${(error as Error).message})`);
    return undefined;
  }
  if (content === null || content === undefined) {
    problems.push(`${file}: the file is empty; expected theme, title, sources and prompts`);
    return undefined;
  }
  return content;
}

/** Paths inside the working directory are shown relative to it (prompts/klantfocus.yaml). */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}
