import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isExcluded, readDockerignore } from "./docker-context.ts";

const patterns = readDockerignore(join(import.meta.dirname, "../../.dockerignore"));

describe("the Docker build context", () => {
  it("leaves out secrets, local databases and logs, and what the build makes itself", () => {
    for (const path of [".env", "data/bedoeling.db", "data/bedoeling.log", "node_modules/pino/package.json", "dist/src/main.js", ".git/config", "tests/fixtures/x.json"]) {
      expect(isExcluded(patterns, path), path).toBe(true);
    }
  });

  it("holds what the Dockerfile copies", () => {
    for (const path of ["package.json", "package-lock.json", "src/main.ts", "adapters/slack/create-slack-adapter.ts", "prompts/klantfocus.yaml", "LICENSE"]) {
      expect(isExcluded(patterns, path), path).toBe(false);
    }
  });
});
