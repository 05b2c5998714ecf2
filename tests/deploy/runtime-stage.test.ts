import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { copyLikeDocker, readDockerignore } from "./docker-context.ts";
import { instructionsOf, lastOf, parseCopy, parseDockerfile, parseEnv, parseExecForm, parseHealthcheck, type Stage } from "./parse-dockerfile.ts";

// There is no Docker engine here, so this test performs the Dockerfile's steps itself, read from the
// Dockerfile: each stage gets a folder standing for its file system, COPY copies (through .dockerignore),
// RUN runs, and the runtime stage's CMD starts the bot with the image's ENV. One step is replaced: the
// dependency install (`npm ci` + `npm rebuild`) becomes a copy of this repository's node_modules, which
// `npm install` made from the same package-lock.json, because compiling better-sqlite3 takes a minute
// and a test may not download. Everything after it (the TypeScript build, `npm prune --omit=dev`, the
// runtime stage's copies) runs as written, with npm kept offline.

const repo = join(import.meta.dirname, "../..");
const stages = parseDockerfile(readFileSync(join(repo, "Dockerfile"), "utf8"));
const runtime = stages.at(-1)!;
const INSTALL_STEP = "npm ci --ignore-scripts && npm rebuild";
const SIGNING_SECRET = "runtime-stage-signing-secret";

/** Whom the bot runs as: the image's USER stands for an unprivileged account; as root here, "nobody". */
const runAs = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : { uid: process.getuid!(), gid: process.getgid!() };

let scratch: string;
const roots = new Map<Stage, string>();
let fake: FakeSlackApi;

/** A container path (absolute, or relative to the stage's WORKDIR so far) inside a stage's folder. */
function inStage(stage: Stage, path: string, workdir: string): string {
  const root = roots.get(stage)!;
  return path.startsWith("/") ? join(root, path) : join(root, workdir, path);
}

function stageNamed(name: string): Stage {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`COPY --from=${name}: no such stage`);
  return stage;
}

function perform(stage: Stage): { env: Record<string, string>; workdir: string } {
  const env: Record<string, string> = {};
  let workdir = "/";
  const patterns = readDockerignore(join(repo, ".dockerignore"));
  for (const { keyword, text } of stage.instructions) {
    if (keyword === "WORKDIR") {
      workdir = text;
      mkdirSync(inStage(stage, workdir, "/"), { recursive: true });
    } else if (keyword === "ENV") Object.assign(env, parseEnv(text));
    else if (keyword === "COPY") {
      const copy = parseCopy(text);
      const from = copy.from ? stageNamed(copy.from) : undefined;
      for (const source of copy.sources) {
        const destination = inStage(stage, copy.destination, workdir);
        // Hard links from an earlier stage's folder, which nothing changes afterwards: faster than copies.
        if (from) copyLikeDocker(roots.get(from)!, source, destination, { isLinking: true });
        else copyLikeDocker(repo, source, destination, { patterns });
      }
    } else if (keyword === "RUN") run(stage, text, env, workdir);
  }
  return { env, workdir };
}

function run(stage: Stage, command: string, env: Record<string, string>, workdir: string): void {
  const cwd = inStage(stage, workdir, "/");
  if (stage === runtime) return runInRuntimeStage(command, workdir);
  if (command.includes("npm ci")) {
    expect(command, "this test replaces the install step by a copy of node_modules; update it with the Dockerfile").toBe(INSTALL_STEP);
    spawnOrThrow("cp", ["-a", join(repo, "node_modules"), join(cwd, "node_modules")], {});
    return;
  }
  spawnOrThrow("sh", ["-c", command], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, npm_config_offline: "true" } });
}

/** The runtime stage's RUN prepares folders on the image's file system: mkdir, chown, chmod, each into this stage's folder. */
function runInRuntimeStage(command: string, workdir: string): void {
  for (const step of command.split("&&").map((part) => part.trim().split(/\s+/))) {
    const [program, ...args] = step;
    const paths = (from: number) => args.slice(from).map((path) => inStage(runtime, path, workdir));
    if (program === "mkdir" && args[0] === "-p") for (const path of paths(1)) mkdirSync(path, { recursive: true });
    else if (program === "chown") for (const path of paths(1)) chownSync(path, runAs.uid, runAs.gid);
    else if (program === "chmod") for (const path of paths(1)) chmodSync(path, Number.parseInt(args[0]!, 8));
    else throw new Error(`this test cannot perform "${step.join(" ")}" of the runtime stage; teach it with the Dockerfile`);
  }
}

function spawnOrThrow(program: string, args: string[], options: SpawnOptions): void {
  const result = spawnSync(program, args, { ...options, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Like spawnSync, but so that independent programs (each its own Node process) can run side by side. */
function spawnAsync(program: string, args: string[], options: SpawnOptions & { input?: string; timeout: number }): Promise<Finished> {
  const { input, timeout, ...spawnOptions } = options;
  const child = spawn(program, args, { ...spawnOptions, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  child.stdin!.end(input ?? "");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
  return new Promise((resolve) => {
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface LockedPackage {
  dev?: boolean;
  optional?: boolean;
  peer?: boolean;
}

let image: { env: Record<string, string>; workdir: string; app: string };

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "bedoeling-image-"));
  chmodSync(scratch, 0o755);
  for (const [index, stage] of stages.entries()) roots.set(stage, join(scratch, stage.name ?? `stage-${index}`));
  let result = { env: {} as Record<string, string>, workdir: "/" };
  for (const stage of stages) result = perform(stage);
  image = { ...result, app: inStage(runtime, result.workdir, "/") };
}, 240_000);

afterAll(async () => {
  await fake?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

describe("the Docker image's runtime stage", () => {
  it("is a slim image of the Node version the tests run on, with a non-root user, /data as volume and only production dependencies", () => {
    // The copied node_modules holds better-sqlite3 compiled for this Node; the image must run the same major version.
    expect(runtime.image).toMatch(new RegExp(`^node:${process.versions.node.split(".")[0]}-.*slim$`));
    expect(lastOf(runtime, "USER")).not.toMatch(/^(root|0)(:|$)/);
    expect(parseExecForm(lastOf(runtime, "VOLUME"))).toEqual(["/data"]);
    expect(image.env.DATABASE_PATH).toMatch(/^\/data\//);
    expect(instructionsOf(runtime, "EXPOSE")).toEqual([image.env.PORT]);
    // What package-lock.json marks as dev is gone; what the bot needs at run time is there.
    const locked = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8")) as { packages: Record<string, LockedPackage> };
    const installed = (path: string) => existsSync(join(image.app, path, "package.json"));
    const entries = Object.entries(locked.packages).filter(([path]) => path.startsWith("node_modules/"));
    expect(entries.filter(([path, entry]) => entry.dev && installed(path)).map(([path]) => path)).toEqual([]);
    expect(entries.filter(([path, entry]) => !entry.dev && !entry.optional && !entry.peer && !installed(path)).map(([path]) => path)).toEqual([]);
    expect(installed("node_modules/typescript")).toBe(false);
    expect(installed("node_modules/better-sqlite3")).toBe(true);
    expect(existsSync(join(image.app, "src"))).toBe(false);
    // The prompt library as the build parsed it, for the same prompts the image carries (a faster start).
    const cache = JSON.parse(readFileSync(join(image.app, "dist/prompt-cache.json"), "utf8")) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries)).toHaveLength(readdirSync(join(image.app, "prompts")).length);
  });

  it("starts with its CMD and ENV, answers /healthz, passes its HEALTHCHECK, backs up, and stops on SIGTERM", async () => {
    fake = await FakeSlackApi.start();
    const port = await freePort();
    // The operator's part, as compose.yaml gives it: the config file mounted, Slack and Teams credentials.
    const config = inStage(runtime, image.env.BEDOELING_CONFIG!, image.workdir);
    mkdirSync(join(config, ".."), { recursive: true });
    cpSync(join(repo, "bedoeling.config.example.yaml"), config);
    const env = {
      PATH: process.env.PATH,
      ...image.env,
      DATABASE_PATH: inStage(runtime, image.env.DATABASE_PATH!, image.workdir),
      BEDOELING_CONFIG: config,
      PORT: String(port),
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      MICROSOFT_APP_ID: "3f1c2b9a-0000-4000-8000-00000000b0b0",
      MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      MICROSOFT_APP_TENANT_ID: "7d2b2f0c-0000-4000-8000-000000000042",
    };
    const appBefore = readdirSync(image.app).sort();
    const [program, ...args] = parseExecForm(lastOf(runtime, "CMD"));
    const bot = spawn(program!, args, { cwd: image.app, env, ...runAs, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    bot.stdout.on("data", (chunk) => (stdout += String(chunk)));
    bot.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => bot.on("exit", resolve));
    try {
      const giveUpAt = Date.now() + 20_000;
      while (!stdout.includes('"bedoeling-bot started"')) {
        if (bot.exitCode !== null || Date.now() > giveUpAt) throw new Error(`the bot did not start (${bot.exitCode}):\n${stdout}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ isHealthy: true, database: "ok", adapters: [{ platform: "slack" }, { platform: "msteams" }] });
      const healthcheck = parseHealthcheck(lastOf(runtime, "HEALTHCHECK")).command;
      const check = (): number | null => spawnSync(healthcheck[0]!, healthcheck.slice(1), { cwd: image.app, env, ...runAs, timeout: 10_000 }).status;
      expect(check()).toBe(0);

      const backup = spawnSync("node", ["dist/src/cli/main.js", "backup", join(env.DATABASE_PATH, "../backup.db")], { cwd: image.app, env, ...runAs, encoding: "utf8" });
      expect(backup.status, backup.stderr).toBe(0);
      expect(statSync(join(env.DATABASE_PATH, "../backup.db")).mode & 0o777).toBe(0o600);

      bot.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(check()).not.toBe(0);
    } finally {
      bot.kill("SIGKILL");
    }
    // Platform mode logs JSON lines on stdout (for `docker logs`), and the bot wrote nothing beside its code.
    expect(stdout.split("\n").filter(Boolean).every((line) => line.startsWith("{"))).toBe(true);
    expect(readdirSync(image.app).sort()).toEqual(appBefore);
    expect(existsSync(env.DATABASE_PATH)).toBe(true);
  });

  it("runs the compiled admin CLI on its production dependencies alone; privacy-report says it needs a clone", async () => {
    const env = { PATH: process.env.PATH, ...image.env, BEDOELING_CONFIG: "bedoeling.config.example.yaml", DATABASE_PATH: join(scratch, "cli.db") };
    const cli = (...args: string[]) => spawnAsync("node", ["dist/src/cli/main.js", ...args], { cwd: image.app, env, timeout: 60_000 });
    // Three commands that only read: each its own process, side by side.
    const [checked, listed, report] = await Promise.all([cli("check-config"), cli("list-prompts", "--json"), cli("privacy-report")]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain("Configuratie in orde");
    expect(listed.status, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { id: string }[]).length).toBeGreaterThan(100);
    expect(report.status).toBe(1);
    expect(report.stderr).toContain("alleen in een clone van de repository");
  });

  it("lets a clone installed without dev dependencies run `npm run cli`, `npm run demo` and `npm start` from its built dist/", async () => {
    // A clone as docs/deploy.md installs it (npm ci, npm run build, npm prune --omit=dev): the sources
    // and scripts/ beside the image's dist/ and production node_modules, one source edited since the
    // build. TypeScript is gone, so the scripts run the build that is there instead of failing.
    const clone = join(scratch, "production-clone");
    copyLikeDocker(image.app, "", clone, { isLinking: true });
    for (const path of ["scripts", "src", "adapters", "tsconfig.json", "tsconfig.build.json"]) copyLikeDocker(repo, path, join(clone, path));
    utimesSync(join(clone, "src/main.ts"), new Date(), new Date());
    expect(existsSync(join(clone, "node_modules/typescript"))).toBe(false);
    expect(existsSync(join(clone, "node_modules/tsx"))).toBe(false);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: "true", DATABASE_PATH: join(clone, "data/bedoeling.db") };
    const npm = (...args: string[]) => spawnAsync("npm", ["run", "--silent", ...args], { cwd: clone, env, timeout: 60_000 });

    // Independent: the demo keeps its database in memory, the CLI only reads prompts, and npm start
    // without credentials is the console, which stops when its (empty) input ends. Their pre-scripts
    // only look at dist/ here, since TypeScript is gone.
    const [listed, demo, started] = await Promise.all([npm("cli", "--", "list-prompts", "--json"), npm("demo"), npm("start")]);
    expect(listed.status, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBeGreaterThan(100);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain("Demo klaar");
    expect(started.status, started.stderr).toBe(0);
    expect(readFileSync(join(clone, "data/bedoeling.log"), "utf8")).toContain('"bedoeling-bot started"');
  });
});
