import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

// The build context as Docker sends it: the repository minus what .dockerignore excludes. Docker's rule:
// the last pattern that matches a path, or one of its parent folders, decides; `!` includes again.

interface Pattern {
  isIncluding: boolean;
  matches: RegExp;
}

export function readDockerignore(path: string): Pattern[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const isIncluding = line.startsWith("!");
      const glob = (isIncluding ? line.slice(1) : line).replace(/^\/+/, "").replace(/\/+$/, "");
      return { isIncluding, matches: globToRegExp(glob) };
    });
}

function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

export function isExcluded(patterns: Pattern[], path: string): boolean {
  const parts = path.split("/");
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  let excluded = false;
  for (const pattern of patterns) {
    if (prefixes.some((prefix) => pattern.matches.test(prefix))) excluded = !pattern.isIncluding;
  }
  return excluded;
}

/**
 * Performs `COPY source destination` from a folder (the build context, or an earlier stage's files):
 * a folder's contents go into the destination, a file goes into it when it ends with "/". Throws like
 * `docker build` when nothing of the source is there (or all of it is excluded). `isLinking` makes hard
 * links instead of copies, for files of a stage folder that is not changed afterwards.
 */
export function copyLikeDocker(fromRoot: string, source: string, destination: string, options: { patterns?: Pattern[]; isLinking?: boolean } = {}): void {
  const patterns = options.patterns ?? [];
  const path = source.replace(/^\/+|^\.\/|\/+$/g, "");
  const files = listFiles(fromRoot, path).filter((file) => !isExcluded(patterns, file));
  if (files.length === 0) throw new Error(`COPY ${source}: not found (see .dockerignore)`);
  const isFolder = statSync(join(fromRoot, path)).isDirectory();
  for (const file of files) {
    const to = isFolder ? join(destination, relative(path, file)) : destination.endsWith("/") ? join(destination, basename(file)) : destination;
    mkdirSync(dirname(to), { recursive: true });
    const from = join(fromRoot, file);
    if (options.isLinking && !lstatSync(from).isSymbolicLink()) linkSync(from, to);
    else cpSync(from, to, { preserveTimestamps: true, verbatimSymlinks: true });
  }
}

function listFiles(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!lstatSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => listFiles(root, path === "" ? name : `${path}/${name}`));
}
