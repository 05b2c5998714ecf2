import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../adapters/slack/create-slack-adapter.ts";
import { SLACK_REGISTRATIONS } from "../adapters/slack/slack-registrations.ts";

// Slack's schema is vendored (slackapi/manifest-schema v0.5.0, MIT; see its README), so a bare clone can run this.
const ROOT = join(import.meta.dirname, "..");
const SCHEMA_PATH = join(ROOT, "vendor/slack-app-manifest-schema/schemas/manifest.schema.1.0.0.json");

interface Manifest {
  features: {
    slash_commands: { command: string; url?: string }[];
    shortcuts: { type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Manifest;

describe("the Slack app manifest", () => {
  it("is valid against Slack's manifest schema", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as object;
    // Slack's schema uses a "regex" keyword of its own; "uri" is its only format.
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = structuredClone(manifest) as Manifest & { features: { shortcuts: { name: string }[] } };
    broken.features.shortcuts[0]!.name = "Maak van dit bericht een casus";
    expect(validate(broken)).toBe(false);
  });

  it("declares exactly the slash commands the adapter listens for", () => {
    expect(manifest.features.slash_commands.map((command) => command.command).sort()).toEqual([...SLACK_REGISTRATIONS.slashCommands].sort());
  });

  it("declares exactly the shortcuts the adapter listens for", () => {
    const ofType = (type: string) => manifest.features.shortcuts.filter((shortcut) => shortcut.type === type).map((shortcut) => shortcut.callback_id).sort();
    expect(ofType("message")).toEqual([...SLACK_REGISTRATIONS.messageShortcuts].sort());
    expect(ofType("global")).toEqual([...SLACK_REGISTRATIONS.globalShortcuts].sort());
  });

  it("subscribes to exactly the events the adapter listens for", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...SLACK_REGISTRATIONS.botEvents].sort());
  });

  it("sends commands, interactivity and events to the one route the adapter serves", () => {
    const urls = [
      ...manifest.features.slash_commands.map((command) => command.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url!).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it("asks for the scopes the adapter's Web API calls need", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["chat:write", "commands", "files:write", "im:write", "users:read", "channels:read", "groups:read", "channels:history", "groups:history", "im:history"]),
    );
  });
});
