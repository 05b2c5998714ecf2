// After the build: the prompt library's YAML, parsed once, into dist/prompt-cache.json, keyed by a hash
// of each file's text. Reading YAML took about 0.2 s of every start and every CLI command; the library
// loader (src/reflection/prompt-library.ts) takes a file from here only while its text is unchanged, so
// an edited prompt file is simply read from its YAML again. Run: node scripts/cache-prompts.mjs [--prompts DIR] [--out FILE]
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { parseDocument } from "yaml";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { prompts: { type: "string" }, out: { type: "string" } } });
const folder = values.prompts ?? join(root, "prompts");
const out = values.out ?? join(root, "dist/prompt-cache.json");

const entries = {};
for (const name of readdirSync(folder).filter((candidate) => /\.ya?ml$/i.test(candidate)).sort()) {
  const text = readFileSync(join(folder, name), "utf8");
  // Exactly as the loader parses it; a file with errors is left out, so the loader reports them itself.
  const document = parseDocument(text);
  if (document.errors.length > 0) continue;
  let content;
  try {
    content = document.toJS({ maxAliasCount: 100 });
  } catch {
    continue; // Too many aliases and the like: the loader says so when it reads the file.
  }
  // Only what JSON keeps exactly (no .inf, no dates): anything else is parsed from the YAML at each start.
  if (isDeepStrictEqual(content, JSON.parse(JSON.stringify(content) ?? "null"))) entries[createHash("sha256").update(text).digest("hex")] = content;
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, JSON.stringify({ version: 1, entries }));
renameSync(`${out}.tmp`, out);
