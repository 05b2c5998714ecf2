import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawRequest } from "./raw-request.ts";
import { integer, pick, type Random } from "../support/seeded-random.ts";
import { deeplyNested, garbageValue, mutate } from "./garbage-values.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/teams");
const NAMES = ["channel-mention", "personal-install", "personal-message", "task-fetch", "task-submit", "team-install", "team-uninstall"];
const INVOKES = ["task/fetch", "task/submit", "composeExtension/query", "adaptiveCard/action", "signin/verifyState", "config/fetch", "actionableMessage/executeAction", "fileConsent/invoke", "", "🙂"];
const REQUIRED = ["type", "serviceUrl", "conversation", "from"];

type Activity = Record<string, unknown>;

let sequence = 0;

/** A recorded activity with an id of its own (a repeated id is taken for a redelivery and ignored). */
function recorded(name: string, serviceUrl: string): Activity {
  sequence += 1;
  return { ...(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Activity), serviceUrl, id: `fuzz-${sequence}` };
}

function request(label: string, body: string, expectedStatus?: number, contentType = "application/json"): RawRequest {
  return { label, body, headers: { "content-type": contentType }, ...(expectedStatus ? { expectedStatus } : {}) };
}

const json = (value: unknown) => JSON.stringify(value);

/** Garbage for POST /api/messages; replies go to `serviceUrl` (the fake Bot Connector) unless the garbage is the URL. */
function generators(serviceUrl: string): ((random: Random) => RawRequest)[] {
  const any = (random: Random) => recorded(pick(random, NAMES), serviceUrl);
  const invoke = (random: Random, data: unknown, name = pick(random, ["task/fetch", "task/submit"])) => ({ ...recorded("task-fetch", serviceUrl), name, value: { data } });
  return [
    (random) => {
      const text = json(any(random));
      return request("truncated JSON", text.slice(0, integer(random, 0, text.length - 1)), 400);
    },
    (random) => request("JSON that is not an object", json(pick(random, [[], [any(random)], "activity", 42, null, true])), 400),
    (random) => {
      const activity = any(random);
      delete activity[pick(random, REQUIRED)];
      return request("activity missing a required field", json(activity), 400);
    },
    (random) => request("required field of the wrong type", json({ ...any(random), [pick(random, REQUIRED)]: pick(random, [5, [], null, { id: 5 }, true]) }), 400),
    (random) => request("mutated activity", json({ ...mutate(random, any(random)), serviceUrl })),
    (random) => request("unknown invoke", json({ ...recorded("task-fetch", serviceUrl), name: pick(random, INVOKES), value: pick(random, [undefined, null, garbageValue(random), { data: garbageValue(random) }]) })),
    (random) => request("task/fetch with a garbage button", json(invoke(random, { action: garbageValue(random), value: garbageValue(random) }, "task/fetch"))),
    (random) => {
      const submit = recorded("task-submit", serviceUrl) as { value: { data: Record<string, unknown> } };
      const data = mutate(random, submit.value.data);
      return request("task/submit with garbage form data", json({ ...submit, value: { data: pick(random, [data, { ...data, form: garbageValue(random) }, garbageValue(random)]) } }));
    },
    (random) => {
      const form = { form: { id: pick(random, ["case.submit", "answer.submit", "case.move", "logbook.submit", "x"]), title: "t", submitLabel: "s", fields: [], context: String(garbageValue(random)).slice(0, 3000) } };
      const values = Object.fromEntries(["title", "situation", "rule", "text", "reasons", "team"].map((name) => [name, garbageValue(random)]));
      return request("task/submit with a form of garbage values", json(invoke(random, { form, ...values }, "task/submit")));
    },
    (random) => request("message with garbage text", json({ ...recorded(pick(random, ["personal-message", "channel-mention"]), serviceUrl), text: `casus ${String(garbageValue(random))}` })),
    (random) => request("message with text of the wrong type", json({ ...recorded("personal-message", serviceUrl), text: garbageValue(random), value: garbageValue(random) })),
    (random) => request("deeply nested activity", `{"type":"message","serviceUrl":"${serviceUrl}","from":{"id":"29:x"},"conversation":{"id":"a:x"},"value":${deeplyNested(integer(random, 1000, 20_000))}}`),
    (random) => request("wrong content type", json(any(random)), undefined, pick(random, ["text/plain", "application/x-www-form-urlencoded", ""])),
    (random) => request("garbage service URL", json({ ...recorded("personal-message", serviceUrl), serviceUrl: pick(random, ["not a url", "http://127.0.0.1:9/", "ftp://example.invalid/", "", "javascript:alert(1)", "http://[::1"]) })),
  ];
}

/** `count` requests to POST /api/messages, the same ones for the same seed; oversized ones always among them. */
export function teamsGarbage(random: Random, count: number, serviceUrl: string): RawRequest[] {
  const withText = (bytes: number) => json({ ...recorded("personal-message", serviceUrl), text: `casus ${"x".repeat(bytes)}` });
  const requests = [request("a message of 900 kB", withText(900_000)), request("a body of 2 MB", withText(2_000_000), 413)];
  const all = generators(serviceUrl);
  while (requests.length < count) requests.push(pick(random, all)(random));
  return requests;
}
