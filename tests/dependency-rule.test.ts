import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// STYLE.md §1: the core never imports an adapter or a platform SDK, outside the composition root;
// adapters never import each other.
const root = join(import.meta.dirname, "..");
const COMPOSITION_ROOTS = new Set(["src/main.ts", "src/cli/main.ts", "src/demo/run-demo.ts", "src/composition/connect-platforms.ts"]);

function sourceFiles(directory: string): string[] {
  const files = readdirSync(directory).flatMap((name): string[] => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
  // A rule that checks no files passes for nothing (a moved folder, a wrong path).
  if (files.length === 0) throw new Error(`no TypeScript files under ${relative(root, directory)}`);
  return files;
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
}

// src/ holds over 200 files and adapters/ over 60; a rule that checks a handful passes for little
// (a moved folder, a wrong root).
const FEWEST_SOURCE_FILES = { src: 150, adapters: 50 };

// One store per feature owns its SQL: only these files prepare statements. Use cases call them.
const isStoreFile = (path: string) => /-(store|queries)\.ts$/.test(path) || path.startsWith("src/storage/");

describe("the dependency rule", () => {
  it("finds the files it checks", () => {
    expect(sourceFiles(join(root, "src")).length).toBeGreaterThanOrEqual(FEWEST_SOURCE_FILES.src);
    expect(sourceFiles(join(root, "adapters")).length).toBeGreaterThanOrEqual(FEWEST_SOURCE_FILES.adapters);
  });

  it("keeps SQL in the stores: no use case prepares a statement", () => {
    const files = sourceFiles(join(root, "src")).map((path) => relative(root, path));
    expect(files.filter(isStoreFile).length).toBeGreaterThanOrEqual(20);
    const offences = files
      .filter((path) => !isStoreFile(path))
      .filter((path) => /\.prepare\(|\bstatement\(/.test(readFileSync(join(root, path), "utf8")));
    expect(offences).toEqual([]);
  });

  it("keeps src/ free of adapters and platform SDKs outside the composition root", () => {
    const offences = sourceFiles(join(root, "src"))
      .map((path) => relative(root, path))
      .filter((path) => !COMPOSITION_ROOTS.has(path))
      .flatMap((path) =>
        importsOf(join(root, path))
          .filter((spec) => /^@slack\/|^botbuilder|^@microsoft\/|adapters\//.test(spec))
          .map((spec) => `${path} imports ${spec}`),
      );
    expect(offences).toEqual([]);
  });

  it("keeps each adapter out of the others", () => {
    const adapters = readdirSync(join(root, "adapters")).filter((name) => statSync(join(root, "adapters", name)).isDirectory());
    const offences = adapters.flatMap((adapter) =>
      sourceFiles(join(root, "adapters", adapter)).flatMap((path) =>
        importsOf(path)
          .filter((spec) => adapters.some((other) => other !== adapter && new RegExp(`(^|/)${other}/`).test(spec)))
          .map((spec) => `${relative(root, path)} imports ${spec}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it("keeps the Microsoft Agents SDK inside adapters/teams and Bolt inside adapters/slack", () => {
    const offences = sourceFiles(join(root, "adapters")).flatMap((path) => {
      const where = relative(root, path);
      return importsOf(path)
        .filter((spec) => (/^@microsoft\/agents-/.test(spec) && !where.startsWith("adapters/teams/")) || (/^@slack\//.test(spec) && !where.startsWith("adapters/slack/")))
        .map((spec) => `${where} imports ${spec}`);
    });
    expect(offences).toEqual([]);
  });

  it("reads process.env only where configuration is parsed", () => {
    const offences = [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "adapters"))]
      .map((path) => relative(root, path))
      .filter((path) => path !== "src/config/environment.ts" && !COMPOSITION_ROOTS.has(path))
      .filter((path) => /process\.env\b/.test(readFileSync(join(root, path), "utf8")));
    expect(offences).toEqual([]);
  });
});
