import { spawn } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs a script as an operator would (`npm run cli`, `npm run demo`), in its own process, with only the
 * environment given. Asynchronous, so fake platform servers in the test process keep answering it.
 */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** `npm run cli -- <args>` against one database. */
export function runCli(database: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runScript("src/cli/main.ts", args, { DATABASE_PATH: database, ...env });
}
