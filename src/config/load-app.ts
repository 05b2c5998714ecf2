import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./project-root.ts";
import { checkConfigAgainstLibrary } from "./check-config.ts";
import type { Config } from "./config-schema.ts";
import { readSettings, type Settings } from "./environment.ts";
import { loadConfigFile } from "./load-config.ts";
import { loadPromptLibrary, type PromptLibrary } from "../reflection/prompt-library.ts";

export const DEFAULT_CONFIG_PATH = "./bedoeling.config.yaml";
export const EXAMPLE_CONFIG_PATH = "./bedoeling.config.example.yaml";
export const PROMPTS_PATH = join(projectRoot(), "prompts");
/** The prompt files as the build parsed them (scripts/cache-prompts.mjs); used only while they are unchanged. */
export const PROMPT_CACHE_PATH = join(projectRoot(), "dist/prompt-cache.json");

export interface LoadedApp {
  settings: Settings;
  config: Config;
  configPath: string;
  isExampleConfig: boolean;
  library: PromptLibrary;
}

export type LoadResult = { ok: true; app: LoadedApp } | { ok: false; problems: string[] };

/**
 * Reads environment, configuration and prompt library once, at the edge, and reports every problem
 * at once. Without a config file at the default path the shipped example is used, so that a fresh
 * clone runs at once.
 */
export function loadApp(environment: NodeJS.ProcessEnv): LoadResult {
  const settings = readSettings(environment);
  if (!settings.ok) return settings;
  const wantsDefault = settings.settings.configPath === DEFAULT_CONFIG_PATH;
  const isExampleConfig = wantsDefault && !existsSync(DEFAULT_CONFIG_PATH) && existsSync(EXAMPLE_CONFIG_PATH);
  const configPath = isExampleConfig ? EXAMPLE_CONFIG_PATH : settings.settings.configPath;
  const config = loadConfigFile(configPath);
  const library = loadPromptLibrary(PROMPTS_PATH, PROMPT_CACHE_PATH);
  const problems = [...(config.ok ? [] : config.problems), ...(library.ok ? [] : library.problems)];
  if (config.ok && library.ok) problems.push(...checkConfigAgainstLibrary(config.config, library.library, configPath));
  if (problems.length > 0 || !config.ok || !library.ok) return { ok: false, problems };
  return { ok: true, app: { settings: settings.settings, config: config.config, configPath, isExampleConfig, library: library.library } };
}
