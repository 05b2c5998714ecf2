import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The folder with package.json above this file: the same from the TypeScript sources (tsx, tests) and
 * from the compiled JavaScript in dist/, so that prompts/ and tests/fixtures/ are found from both.
 */
export function projectRoot(from: string = import.meta.dirname): string {
  let folder = from;
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${from}`);
    folder = parent;
  }
  return folder;
}
