import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/config/environment.ts";
import { loadConfigFile } from "../../src/config/load-config.ts";

function writeConfig(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "bedoeling-config-")), "bedoeling.config.yaml");
  writeFileSync(path, text);
  return path;
}

describe("the configuration file", () => {
  it("loads the example that ships with the repo", () => {
    const result = loadConfigFile("bedoeling.config.example.yaml");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.teams.map((team) => team.key)).toEqual(["kcc", "wmo"]);
  });

  it("lists every problem with its path, not only the first", () => {
    const path = writeConfig(`
timezone: Europe/Amsterdm
teams:
  - key: KCC
    name: ""
    leads: [U0123]
    reflection: { schedule: "0 25 * * 1", themes: [] }
`);
    const result = loadConfigFile(path);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join("\n");
    expect(problems).toMatch(/timezone: is geen bekende IANA-tijdzone/);
    expect(problems).toMatch(/teams\[0\]\.key: alleen kleine letters/);
    expect(problems).toMatch(/teams\[0\]\.name/);
    expect(problems).toMatch(/teams\[0\]\.leads\[0\]: moet de vorm platform:id hebben/);
    expect(problems).toMatch(/teams\[0\]\.reflection\.schedule: is geen geldige cron/);
    expect(problems).toMatch(/teams\[0\]\.reflection\.themes/);
  });

  it("names the line of a YAML syntax error", () => {
    const result = loadConfigFile(writeConfig("teams:\n  - key: kcc\n    name: [unclosed\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/regel \d+/);
  });

  it("accepts JSON as well", () => {
    const result = loadConfigFile(writeConfig(JSON.stringify({ teams: [{ key: "kcc", name: "KCC" }] })));
    expect(result.ok).toBe(true);
  });

  it("reports duplicate team keys", () => {
    const result = loadConfigFile(writeConfig("teams:\n  - {key: kcc, name: A}\n  - {key: kcc, name: B}\n"));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/teams\[1\]\.key: "kcc" komt vaker voor/)]);
  });
});

describe("the environment", () => {
  it("runs the console when no platform credentials are set", () => {
    const result = readSettings({});
    expect(result).toMatchObject({ ok: true, settings: { port: 3978, databasePath: "./data/bedoeling.db" } });
    if (result.ok) expect(result.settings.slack ?? result.settings.teams).toBeUndefined();
  });

  it("enables Slack with a bot token and signing secret, Socket Mode with an app token", () => {
    const result = readSettings({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_APP_TOKEN: "xapp-1" });
    expect(result.ok && result.settings.slack?.appToken).toBe("xapp-1");
  });

  it("asks for the signing secret when only a Slack token is given", () => {
    expect(readSettings({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual({
      ok: false,
      problems: ["omgeving: SLACK_SIGNING_SECRET ontbreekt (nodig voor Slack)"],
    });
  });

  it("refuses unauthenticated Teams in production", () => {
    const result = readSettings({ TEAMS_ENABLED: "true", NODE_ENV: "production" });
    expect(result.ok).toBe(false);
    expect(readSettings({ TEAMS_ENABLED: "true" })).toMatchObject({ ok: true, settings: { teams: { isUnauthenticated: true } } });
  });

  it("checks that SLACK_API_URL ends with a slash", () => {
    const result = readSettings({ SLACK_BOT_TOKEN: "x", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api" });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/SLACK_API_URL: moet eindigen op \//)]);
  });
});
