import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { configSchema, type Config } from "./config-schema.ts";

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Reads a YAML or JSON config file and reports every problem at once, each with its path. */
export function loadConfigFile(path: string): ConfigResult {
  if (!existsSync(path)) return { ok: false, problems: [`${path}: bestand niet gevonden`] };
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    // JSON is YAML too, but JSON.parse reads a large generated file (hundreds of teams) far faster.
    raw = (path.endsWith(".json") ? parsedJson(text) : undefined) ?? parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (regel ${error.linePos[0].line})` : "";
    return { ok: false, problems: [`${path}${where}: geen geldige YAML of JSON: ${firstLine(error)}`] };
  }
  return parseConfig(raw, path);
}

export function parseConfig(raw: unknown, source = "config"): ConfigResult {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, source) };
}

export function describeIssues(issues: z.core.$ZodIssue[], source: string): string[] {
  return issues.map((issue) => `${source}: ${formatPath(issue.path)}: ${issue.message}`);
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(hoofdniveau)";
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
}

/** The value of a JSON text; undefined when it is not valid JSON, so that the YAML parser names the problem. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
