// Before `npm start`: compiles src/ and adapters/ to dist/ when a source is newer than the last build,
// so that the bot runs as JavaScript (no transpiler in the process) and never runs stale code.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const built = (() => {
  try {
    return statSync(join(root, "dist/.tsbuildinfo")).mtimeMs;
  } catch {
    return 0;
  }
})();

function newestIn(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestIn(join(root, "src")), newestIn(join(root, "adapters")), statSync(join(root, "tsconfig.build.json")).mtimeMs);
const tsc = join(root, "node_modules/typescript/bin/tsc");
if (sources > built && !existsSync(tsc)) {
  // Installed without dev dependencies (npm ci --omit=dev): dist/ must come from the build step.
  if (built === 0) {
    console.error("bedoeling-bot: dist/ ontbreekt en TypeScript is niet geïnstalleerd; bouw eerst met `npm run build`.");
    process.exit(1);
  }
} else if (sources > built) {
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
refreshPromptCache();

/** The prompt files, parsed, beside the build (scripts/cache-prompts.mjs) when one is newer than that cache. */
function refreshPromptCache() {
  const cache = join(root, "dist/prompt-cache.json");
  const prompts = join(root, "prompts");
  if (!existsSync(prompts) || !existsSync(join(root, "dist"))) return;
  const cachedAt = existsSync(cache) ? statSync(cache).mtimeMs : 0;
  const newest = Math.max(0, ...readdirSync(prompts).map((name) => statSync(join(prompts, name)).mtimeMs));
  if (newest <= cachedAt) return;
  // Best effort: without the cache the bot reads the YAML itself, only slower.
  spawnSync(process.execPath, [join(root, "scripts/cache-prompts.mjs")], { stdio: "inherit" });
}
