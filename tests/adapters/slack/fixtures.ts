import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node:querystring";

const FIXTURES = join(import.meta.dirname, "../../fixtures/slack");

/** A recorded Slack payload, as Bolt hands it on: JSON payloads as objects, form bodies as their fields. */
export function fixture(name: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Record<string, unknown>;
  if (raw.contentType === "application/x-www-form-urlencoded") return { ...parse(String(raw.body)) };
  return raw;
}

/** The raw form-encoded body of a recorded slash command. */
export function formFixture(name: string): Record<string, string> {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as { body: string };
  return Object.fromEntries(new URLSearchParams(raw.body));
}
