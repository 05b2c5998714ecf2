import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

export interface RunningBot {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** The real bot (src/main.ts, as `npm run dev` runs it) with only this environment; resolves once it listens. */
export async function startBotWith(environment: Record<string, string>): Promise<RunningBot> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "info", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const giveUpAt = Date.now() + 20_000;
  for (;;) {
    const started = output.split("\n").find((line) => line.includes('"bedoeling-bot started"'));
    if (started) return { child, url: `http://127.0.0.1:${(JSON.parse(started) as { port: number }).port}`, output: () => output, stop };
    if (child.exitCode !== null || Date.now() > giveUpAt) {
      child.kill("SIGKILL");
      throw new Error(`the bot did not start (${child.exitCode}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
