import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleTexts } from "../../../adapters/console/console-texts.ts";

const root = join(import.meta.dirname, "../../..");

/**
 * The real bot from its sources, in a fresh working folder with no platform credentials and the
 * default DATABASE_PATH (./data/bedoeling.db), so it runs the console on stdin and stdout.
 */
function startConsole(workingFolder: string) {
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), join(root, "src/main.ts")], {
    cwd: workingFolder,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, BEDOELING_CONFIG: join(root, "bedoeling.config.example.yaml"), PORT: "0", LOG_LEVEL: "info" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const waitFor = async (text: string, timeoutMs = 15_000) => {
    const started = Date.now();
    while (!stdout.includes(text)) {
      if (child.exitCode !== null || Date.now() - started > timeoutMs) {
        throw new Error(`no "${text}" (exit code ${child.exitCode}); stdout so far:\n${stdout}\nstderr:\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { type: (line: string) => void child.stdin.write(`${line}\n`), waitFor, exited, stdout: () => stdout, stderr: () => stderr };
}

const looksLikeJson = (line: string) => line.trimStart().startsWith("{");

describe("the console", () => {
  it("keeps the log out of the conversation: one line says where it is, the lines go to data/bedoeling.log", async () => {
    const folder = mkdtempSync(join(tmpdir(), "bedoeling-console-"));
    const bot = startConsole(folder);
    const welcome = consoleTexts.welcome("anna", "#kcc");
    await bot.waitFor(welcome);
    bot.type("/hulp");
    await bot.waitFor(consoleTexts.help.split("\n").at(-1)!);
    bot.type("/stop");
    expect(await bot.exited).toBe(0);

    const lines = bot.stdout().split("\n").filter((line) => line !== "");
    expect(lines[0]).toBe("Technische log (JSON-regels): data/bedoeling.log");
    expect(lines[1]).toBe(welcome);
    expect(lines.filter(looksLikeJson)).toEqual([]);
    expect(bot.stderr()).toBe("");

    const logFile = join(folder, "data/bedoeling.log");
    expect(existsSync(join(folder, "data/bedoeling.db"))).toBe(true);
    const logLines = readFileSync(logFile, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logLines[0]).toMatchObject({ msg: "bedoeling-bot started", adapters: ["console"], database: "./data/bedoeling.db", isExampleConfig: false });
    expect(logLines.at(-1)).toMatchObject({ msg: "bedoeling-bot stopping" });
    // The log names people by their ids, so only its owner may read it.
    expect(statSync(logFile).mode & 0o777).toBe(0o600);
    rmSync(folder, { recursive: true, force: true });
  });
});
