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
    raw = parseYaml(readFileSync(path, "utf8"), { prettyErrors: true });
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

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
