import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

/**
 * The bot under test, as `npm start` runs it: its entry point and the node flags of package.json's start
 * script. BENCH_BOT_ROOT names another built checkout (say, the previous commit's) to measure instead,
 * with the same bench, baselines and data: a before and after in one bench.
 */
export function botCommand(): { entry: string; flags: string[] } {
  const root = process.env.BENCH_BOT_ROOT ?? ROOT;
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return { entry: join(root, "dist/src/main.js"), flags: (scripts.start ?? "").split(/\s+/).filter((word) => word.startsWith("--")) };
}

export interface Child {
  process: ChildProcess;
  /** The first JSON line on stdout that has this key. */
  waitFor<T = Record<string, unknown>>(key: string, timeoutMs?: number): Promise<T>;
  send(line: string): void;
  /** Resident memory now and at its peak, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number };
  /** CPU time the process has used so far (user + system), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * Runs an entry point in its own node process: a TypeScript file with tsx as a loader, or compiled
 * JavaScript (dist/, as `npm start` runs the bot) with plain node.
 */
export function startChild(entry: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Child {
  // BENCH_PROFILE=dir writes a CPU profile of each child there, to see where the time goes.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const command = entry.endsWith(".ts") ? [...profile, "--import", "tsx", entry] : [...profile, ...nodeFlags, entry];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: { key: string; resolve: (value: unknown) => void }[] = [];
  let buffer = "";
  let errors = "";
  child.stderr!.on("data", (chunk) => (errors = (errors + String(chunk)).slice(-4000)));
  child.stdout!.on("data", (chunk) => {
    buffer += String(chunk);
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf("\n");
      if (!line.startsWith("{")) continue;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        const waiter = waiters.find((candidate) => candidate.key in parsed);
        if (waiter) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(parsed);
        } else if (lines.length < 100) lines.push(parsed);
      } catch {
        // Not ours: a log line cut by a chunk boundary is not worth failing a benchmark over.
      }
    }
  });
  let isStopping = false;
  const exited = new Promise<void>((resolve) =>
    child.on("exit", (code, signal) => {
      // A server that dies under load shows up as ECONNRESET in the load generator: say which one, and why.
      if (!isStopping) process.stderr.write(`${entry} exited unexpectedly (${signal ?? `code ${code}`}):\n${errors}\n`);
      resolve();
    }),
  );
  return {
    process: child,
    waitFor: <T>(key: string, timeoutMs = 60_000) =>
      new Promise<T>((resolve, reject) => {
        const early = lines.find((line) => key in line);
        if (early) return resolve(early as T);
        const timer = setTimeout(() => reject(new Error(`${entry}: no "${key}" within ${timeoutMs} ms\n${errors}`)), timeoutMs);
        waiters.push({ key, resolve: (value) => (clearTimeout(timer), resolve(value as T)) });
        void exited.then(() => reject(new Error(`${entry} exited before "${key}"\n${errors}`)));
      }),
    send: (line) => void child.stdin!.write(`${line}\n`),
    memory: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
    },
    cpuMs: () => {
      // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks of 10 ms.
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: async () => {
      isStopping = true;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
