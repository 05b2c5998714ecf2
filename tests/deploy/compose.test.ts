import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { instructionsOf, lastOf, parseDockerfile, parseEnv, parseExecForm } from "./parse-dockerfile.ts";

// compose.yaml runs the image that the Dockerfile describes; these checks keep the two, and .env.example,
// telling the same story. (No Docker engine here: runtime-stage.test.ts runs the image's steps.)

const repo = join(import.meta.dirname, "../..");
const runtime = parseDockerfile(readFileSync(join(repo, "Dockerfile"), "utf8")).at(-1)!;
const imageEnv = Object.assign({}, ...instructionsOf(runtime, "ENV").map(parseEnv)) as Record<string, string>;

interface Service {
  build: string;
  restart: string;
  env_file: string | string[];
  environment: Record<string, string>;
  ports: string[];
  volumes: string[];
  stop_grace_period: string;
}
const compose = parse(readFileSync(join(repo, "compose.yaml"), "utf8")) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const bot = compose.services.bot!;

describe("compose.yaml", () => {
  it("builds the Dockerfile, restarts unless stopped, and takes its environment from .env", () => {
    expect(bot.build).toBe(".");
    expect(bot.restart).toBe("unless-stopped");
    expect([bot.env_file].flat()).toEqual([".env"]);
    const documented = readFileSync(join(repo, ".env.example"), "utf8");
    for (const name of Object.keys(bot.environment)) expect(documented).toMatch(new RegExp(`^${name}=`, "m"));
  });

  it("lets .env.example name every variable of the README's configuration table", () => {
    const documented = readFileSync(join(repo, ".env.example"), "utf8");
    const readme = readFileSync(join(repo, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration")).split("\n\n").find((block) => block.startsWith("| variable |"))!;
    const names = [...new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)(?:=[^`]*)?`/g)].map((match) => match[1]!))];
    expect(names).toEqual(expect.arrayContaining(["PORT", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"]));
    expect(names.filter((name) => !new RegExp(`^${name}=`, "m").test(documented))).toEqual([]);
  });

  it("keeps the database on a named volume at the image's /data", () => {
    const volume = parseExecForm(lastOf(runtime, "VOLUME"))[0]!;
    const mount = bot.volumes.find((entry) => entry.split(":")[1] === volume);
    expect(mount).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(mount!.split(":")[0]);
    expect(bot.environment.DATABASE_PATH).toBe(imageEnv.DATABASE_PATH);
    expect(bot.environment.DATABASE_PATH!.startsWith(`${volume}/`)).toBe(true);
  });

  it("mounts the config file read-only where the image looks for it", () => {
    expect(bot.environment.BEDOELING_CONFIG).toBe(imageEnv.BEDOELING_CONFIG);
    expect(bot.volumes).toContain(`./bedoeling.config.yaml:${imageEnv.BEDOELING_CONFIG}:ro`);
  });

  it("publishes the port the image exposes, and waits for the outbox's ten seconds on stop", () => {
    const exposed = lastOf(runtime, "EXPOSE");
    expect(bot.environment.PORT).toBe(exposed);
    expect(bot.ports.map((port) => port.split(":").at(-1))).toEqual([exposed]);
    expect(Number.parseInt(bot.stop_grace_period, 10)).toBeGreaterThan(10);
  });
});
