import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

// `npm test` must pass on a clone with nothing beside it, so no code or test may reach for the
// reference folder that sits next to the repository during development. Vendor what is needed instead
// (as vendor/slack-app-manifest-schema/ does for Slack's manifest schema).
const ROOT = join(import.meta.dirname, "..");
const SCANNED_FOLDERS = ["tests", "scripts", "src", "adapters", "bench", ".ci"];
const SCANNED_ROOT_FILES = ["package.json", "vitest.config.ts", "tsconfig.json", "tsconfig.build.json"];
const NEVER_SCANNED = new Set(["node_modules", "dist", "build", "data", ".git"]);

// A parent-folder step (or several, with / or \) followed by "shared", and the same path split into
// join() arguments. Written so that this file does not match itself.
const PATH_TO_SHARED = [/\.\.[\\/]+(?:\.\.[\\/]+)*shared\b/, /["'`]\.\.["'`]\s*,\s*(?:["'`]\.\.["'`]\s*,\s*)*["'`]shared\b/];

function mentionsPathToShared(text: string): boolean {
  return PATH_TO_SHARED.some((pattern) => pattern.test(text));
}

/** Files git knows about (tracked, or new and not ignored); a folder walk where there is no git. */
function listScannedFiles(): string[] {
  const pathspecs = [...SCANNED_FOLDERS, ...SCANNED_ROOT_FILES];
  try {
    const output = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...pathspecs], { cwd: ROOT, encoding: "utf8" });
    return [...new Set(output.split("\0").filter((path) => path !== ""))].filter((path) => existsSync(join(ROOT, path)));
  } catch {
    return [...SCANNED_FOLDERS.flatMap((folder) => walk(join(ROOT, folder))), ...SCANNED_ROOT_FILES.filter((file) => existsSync(join(ROOT, file)))];
  }
}

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    if (NEVER_SCANNED.has(name)) return [];
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(ROOT, path).split(sep).join("/")];
  });
}

function isText(content: Buffer): boolean {
  return !content.subarray(0, 8000).includes(0);
}

describe("a clone with nothing beside it", () => {
  it("has no source, script, benchmark or test that reads from the shared folder next to the repository", () => {
    const files = listScannedFiles();
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((path) => {
      const content = readFileSync(join(ROOT, path));
      return isText(content) && mentionsPathToShared(content.toString("utf8"));
    });
    expect(offenders, `vendor what these need into the repository: ${offenders.join(", ")}`).toEqual([]);
  });

  it("recognises the ways such a path is written", () => {
    const up = "..";
    expect(mentionsPathToShared(`join(ROOT, "${up}/shared/schemas/x.json")`)).toBe(true);
    expect(mentionsPathToShared(`resolve(here, "${up}/${up}/shared")`)).toBe(true);
    expect(mentionsPathToShared(`join(ROOT, "${up}", "shared", "seeds")`)).toBe(true);
    expect(mentionsPathToShared(`join(root, '${up}', '${up}', 'shared')`)).toBe(true);
    expect(mentionsPathToShared(`${up}\\shared\\schemas`)).toBe(true);
    expect(mentionsPathToShared("the shared scenario suite; const shared = highlights(...)")).toBe(false);
    expect(mentionsPathToShared(`import { x } from "${up}/${up}/src/shared-things.ts"`)).toBe(false);
  });
});
