import { createHmac } from "node:crypto";
import { fixture, formFixture } from "../adapters/slack/fixtures.ts";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import type { RawRequest } from "./raw-request.ts";
import { integer, pick, type Random } from "../support/seeded-random.ts";
import { deeplyNested, garbageValue, mutate } from "./garbage-values.ts";

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const PAYLOAD_FIXTURES = ["block-actions", "block-actions-home", "message-action", "view-submission"];
const TYPES = ["block_actions", "view_submission", "message_action", "shortcut", "view_closed", "block_suggestion", "interactive_message", "dialog_submission", "event_callback", "app_rate_limited", "workflow_step_execute", "🙂", 42, null, [], {}];

type Signing = "signed" | "unsigned" | "forged" | "stale";

function headersFor(text: string, contentType: string | undefined, signing: Signing): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const timestamp = signing === "stale" ? now - 3600 : now;
  const secret = signing === "forged" ? "not-the-signing-secret" : SIGNING_SECRET;
  const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
  if (signing === "unsigned") return headers;
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${text}`).digest("hex");
  return { ...headers, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

function request(label: string, text: string, contentType: string | undefined, signing: Signing = "signed", expectedStatus?: number): RawRequest {
  return { label, body: text, headers: headersFor(text, contentType, signing), ...(expectedStatus ? { expectedStatus } : {}) };
}

const asPayload = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const asForm = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Garbage of every kind Slack, a proxy or an attacker could send; each generator draws from `random`. */
const GENERATORS: ((random: Random) => RawRequest)[] = [
  (random) => request("unsigned payload", asPayload(fixture(pick(random, PAYLOAD_FIXTURES))), FORM, "unsigned", 401),
  (random) => request("forged signature", asPayload(fixture(pick(random, PAYLOAD_FIXTURES))), FORM, "forged", 401),
  () => request("stale timestamp", asForm(formFixture("slash-command")), FORM, "stale", 401),
  (random) => {
    const text = JSON.stringify(fixture("app-home-opened"));
    return request("truncated JSON event", text.slice(0, integer(random, 0, text.length - 1)), JSON_TYPE, "signed", 400);
  },
  (random) => {
    const text = asPayload(fixture(pick(random, PAYLOAD_FIXTURES)));
    return request("truncated payload form", text.slice(0, integer(random, 8, text.length - 2)), FORM);
  },
  (random) => request("random bytes", Array.from({ length: integer(random, 0, 300) }, () => String.fromCharCode(integer(random, 0, 255))).join(""), pick(random, [JSON_TYPE, FORM, "text/plain", undefined])),
  (random) => request("wrong content type", JSON.stringify(fixture(pick(random, PAYLOAD_FIXTURES))), pick(random, ["text/plain", "multipart/form-data; boundary=x", `${FORM}; charset=utf-8`, "application/xml", undefined])),
  (random) => request("payload of unknown type", asPayload({ ...fixture(pick(random, PAYLOAD_FIXTURES)), type: pick(random, TYPES) }), FORM),
  (random) => request("mutated payload", asPayload(mutate(random, fixture(pick(random, PAYLOAD_FIXTURES)))), FORM),
  (random) => request("mutated event", JSON.stringify(mutate(random, fixture("app-home-opened"))), JSON_TYPE),
  (random) => request("mutated slash command", asForm(mutate(random, formFixture("slash-command")) as Record<string, string>), FORM),
  (random) => request("payload that is not an object", new URLSearchParams({ payload: JSON.stringify(garbageValue(random)) }).toString(), FORM),
  (random) => request("event that is not an object", JSON.stringify(garbageValue(random)), JSON_TYPE),
  (random) => request("deeply nested payload", `payload=${encodeURIComponent(`{"type":"block_actions","actions":${deeplyNested(integer(random, 1000, 20_000))}}`)}`, FORM),
  (random) => {
    const values = Object.fromEntries(Array.from({ length: integer(random, 0, 300) }, (_, index) => [`f${index}`, { [`f${index}`]: garbageValue(random) }]));
    const submission = fixture("view-submission") as { view: Record<string, unknown> };
    submission.view.state = pick(random, [{ values }, { values: garbageValue(random) }, garbageValue(random), undefined]);
    submission.view.callback_id = pick(random, ["case.submit", "answer.submit", "case.move", "logbook.submit", "onbekend", "x".repeat(500)]);
    submission.view.private_metadata = pick(random, ["", "{", "null", "[]", JSON.stringify({ c: garbageValue(random), ch: garbageValue(random) }), JSON.stringify({ c: "{\"case\":1,\"move\":\"decide\"}" })]);
    return request("view submission with garbage state", asPayload(submission), FORM);
  },
  (random) => {
    const command = { ...formFixture("slash-command"), command: pick(random, ["/casus", "/onbekend", "", "casus", "/CASUS"]), text: String(garbageValue(random)).slice(0, 120_000) };
    return request("slash command with garbage text", asForm(command), FORM);
  },
  (random) => {
    const headers = headersFor(asForm(formFixture("slash-command")), FORM, "signed");
    const field = pick(random, ["x-slack-retry-num", "x-slack-request-timestamp", "x-slack-signature"]);
    return { label: `garbage ${field} header`, body: asForm(formFixture("slash-command")), headers: { ...headers, [field]: pick(random, ["abc", "-1", "99999999999999999999", "", "v1=00", "v0="]) } };
  },
];

/** `count` requests to POST /slack/events, the same ones for the same seed; a few oversized ones always among them. */
export function slackGarbage(random: Random, count: number): RawRequest[] {
  const huge = (bytes: number) => asPayload({ ...fixture("block-actions"), padding: "x".repeat(bytes) });
  const requests = [
    request("a 2 MB payload", huge(2_000_000), FORM),
    request("a 5 MB payload", huge(5_000_000), FORM, "signed", 413),
    request("a 5 MB unsigned body", huge(5_000_000), FORM, "unsigned", 413),
  ];
  while (requests.length < count) requests.push(pick(random, GENERATORS)(random));
  return requests;
}
