import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lastOf, parseDockerfile, parseExecForm } from "./parse-dockerfile.ts";

// The memory figures in the README hold for node run with npm start's flags; the image and the systemd
// unit in docs/deploy.md must run it the same way, or an operator gets another process than we measured.

const repo = join(import.meta.dirname, "../..");

function flagsOf(command: string[]): string[] {
  return command.filter((word) => word.startsWith("--"));
}

describe("the ways to run the bot", () => {
  it("run node with the same flags: npm start, the image's CMD and the systemd unit", () => {
    const start = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start.split(/\s+/);
    const image = parseExecForm(lastOf(parseDockerfile(readFileSync(join(repo, "Dockerfile"), "utf8")).at(-1)!, "CMD"));
    const unit = /^ExecStart=(.+)$/m.exec(readFileSync(join(repo, "docs/deploy.md"), "utf8"))![1]!.split(/\s+/);
    expect(flagsOf(start)).toContain("--max-old-space-size=512");
    expect(flagsOf(image)).toEqual(flagsOf(start));
    expect(flagsOf(unit)).toEqual(flagsOf(start));
    for (const command of [start, image, unit]) expect(command.at(-1)).toBe("dist/src/main.js");
  });
});
