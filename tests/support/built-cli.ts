import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

export interface ProcessResult {
  code: number | null;
  out: string;
  err: string;
}

/** Test workers share dist/: one builds while the others wait, so nobody runs half-written files. */
const LOCK = join(tmpdir(), `bedoeling-build-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.lock`);
const STALE_LOCK_MS = 5 * 60_000;

let built: Promise<void> | undefined;

/**
 * Brings dist/ up to date the way `npm run cli` and `npm run demo` do first (scripts/build-if-stale.mjs:
 * compile only when a source is newer than the last build), once per test file. The compiled scripts
 * start in a third of the CPU time of running the sources through tsx.
 */
export function ensureBuilt(): Promise<void> {
  built ??= withLock(async () => {
    const build = await runNode(["scripts/build-if-stale.mjs"], { PATH: process.env.PATH ?? "" }, 300_000);
    // tsc exits 2 when it found type errors but wrote the output: what runs is still the current
    // sources, as with tsx. The type check itself is `npm run typecheck`'s job.
    if (build.code !== 0 && build.code !== 2) throw new Error(`building dist/ failed (${build.code}):\n${build.out}${build.err}`);
  });
  return built;
}

/** `npm run cli -- <args>` against one database: node dist/src/cli/main.js, with only the environment given. */
export async function runBuiltCli(database: string, args: string[], env: Record<string, string> = {}): Promise<ProcessResult> {
  await ensureBuilt();
  return runNode(["dist/src/cli/main.js", ...args], { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", DATABASE_PATH: database, ...env });
}

/** `npm run demo -- <database>`. */
export async function runBuiltDemo(database: string): Promise<ProcessResult> {
  await ensureBuilt();
  return runNode(["dist/src/demo/run-demo.js", database], { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn" });
}

/** Asynchronous, so fake platform servers in the test process keep answering the child. */
function runNode(args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<ProcessResult> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

async function withLock(work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a killed test run is taken over.
      if (isAbandoned()) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The lock's holder has exited (a killed test run), or has held it implausibly long. */
function isAbandoned(): boolean {
  try {
    if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) return true;
    const holder = Number(readFileSync(join(LOCK, "pid"), "utf8"));
    return holder > 0 && !isAlive(holder);
  } catch {
    // Gone meanwhile, or taken a moment ago and its pid not written yet: wait and look again.
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
