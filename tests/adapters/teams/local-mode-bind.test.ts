import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { tempDatabasePath } from "../../support/temp-database.ts";

const root = join(import.meta.dirname, "../../..");
let child: ChildProcess | undefined;

afterEach(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child!.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
});

/** Starts the real bot (src/main.ts) with Teams unauthenticated; resolves with its "started" log line. */
async function startUnauthenticatedBot(): Promise<{ host: string; port: number }> {
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: "0",
      TEAMS_ENABLED: "true",
      DATABASE_PATH: tempDatabasePath(),
      BEDOELING_CONFIG: join(root, "bedoeling.config.example.yaml"),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    const giveUpAt = Date.now() + 20_000;
    const look = () => {
      const line = output.split("\n").find((candidate) => candidate.includes('"bedoeling-bot started"'));
      if (line) return resolve(JSON.parse(line) as { host: string; port: number });
      if (child!.exitCode !== null) return reject(new Error(`the bot exited with ${child!.exitCode}:\n${output}`));
      if (Date.now() > giveUpAt) return reject(new Error(`the bot did not start:\n${output}`));
      setTimeout(look, 25);
    };
    look();
  });
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

it("listens on 127.0.0.1 only when Teams runs without authentication", async () => {
  const { host, port } = await startUnauthenticatedBot();
  expect(host).toBe("127.0.0.1");
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  const outside = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && !address.internal && address.family === "IPv4")
    .map((address) => address!.address);
  for (const address of outside) expect(await connects(address, port), address).toBe(false);
}, 30_000);
