import { lstatSync, writeFileSync } from "node:fs";
import type { CliOutput, ExitCode } from "./cli-output.ts";

/** Exports and backups hold personal data: readable and writable by their owner only. */
export const OWNER_ONLY = 0o600;

/** Writes a new file that only its owner can read; fails with EEXIST instead of replacing a file. */
export function writeNewFile(path: string, text: string): void {
  writeFileSync(path, text, { flag: "wx", mode: OWNER_ONLY });
}

export function isAlreadyThere(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === "EEXIST";
}

/** The operator's answer when a target exists: nothing is overwritten, ever (not even the live database). */
export function refuseExisting(path: string, output: CliOutput): ExitCode {
  output.err(`${path} bestaat al; kies een nieuwe bestandsnaam. Er wordt nooit een bestaand bestand overschreven.`);
  return 2;
}

/** A name is taken by anything, a dangling symbolic link included (existsSync would follow the link). */
export function isTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
