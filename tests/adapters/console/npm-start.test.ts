import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDatabasePath } from "../../support/temp-database.ts";

const root = join(import.meta.dirname, "../../..");

/** Starts the bot with `npm start` (the compiled bot), with no platform credentials, and types into its stdin. */
function startBot(databasePath: string) {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: databasePath, PORT: "0", LOG_LEVEL: "info" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const waitFor = async (pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> => {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const match = output.match(pattern);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`timed out waiting for ${pattern}; output so far:\n${output}`);
  };
  const type = (line: string) => void child.stdin.write(`${line}\n`);
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, type, waitFor, exited, output: () => output };
}

async function waitForInFile(path: string, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const match = existsSync(path) ? readFileSync(path, "utf8").match(pattern) : null;
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${pattern} in ${path}`);
}

describe("npm start without credentials", () => {
  it("runs the console on the example config, answers /healthz, and takes a case from typed lines", async () => {
    const databasePath = tempDatabasePath();
    const bot = startBot(databasePath);
    // In the console the log goes to a file beside the database, so the terminal shows only the conversation.
    const logFile = join(dirname(databasePath), "bedoeling.log");
    const port = Number((await waitForInFile(logFile, /"port":(\d+)/))[1]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ isHealthy: true, database: "ok", adapters: [{ platform: "console", isHealthy: true }] });

    for (const line of [
      "/als anna",
      "/casus",
      "Huishoudtoets bij tijdelijk inwonen",
      "Oudere inwoner met AOW; kleinzoon woont tijdelijk in zonder inkomen.",
      "", // what the citizen really needs (optional)
      "", // customer or end customer (optional)
      "Kostendelersnorm",
      "1",
      "", // unwanted effect
      "Bestaanszekerheid",
      "", // room within the rule
      "", // proposal
      "", // if nothing is done
      "", // urgency: the default
      "1",
      "n",
    ]) bot.type(line);
    await bot.waitFor(/G-\d{4}-0001/);
    bot.type("/kanaal #kcc-garage");
    bot.type("/stop");
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toMatch(/\[#kcc-garage\] m\d+\n== G-\d{4}-0001 · Huishoudtoets bij tijdelijk inwonen ==/);
    expect(readFileSync(logFile, "utf8")).not.toMatch(/"level":50/);
  });

  it("exits non-zero and lists every problem when the config is broken", async () => {
    const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "src/main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH, BEDOELING_CONFIG: join(root, "tests/fixtures/config/broken.yaml"), DATABASE_PATH: tempDatabasePath() },
    });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(errors).toMatch(/teams\[0\]\.reflection\.schedule: is geen geldige cron/);
    expect(errors).toMatch(/teams\[0\]\.leads\[0\]: moet de vorm platform:id hebben/);
  });
});
