import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/create-slack-adapter.ts";
import { cardOf, cardText, dialogMessageOf } from "../adapters/teams/read-card.ts";
import { createTeamsDriver } from "../scenarios/teams-driver.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { isFriendly, jsonOf, storedRecords, unanswered, wronglyAnswered, type Exchange, type StoredRecords } from "./fuzz-checks.ts";
import { postRaw, type RawRequest } from "./raw-request.ts";
import { seededRandom } from "../support/seeded-random.ts";
import { viewSubmission } from "./slack-bodies.ts";
import { slackGarbage } from "./slack-garbage.ts";
import { CHANNELS, ephemeralsTo, openCaseForm, startSlackWorkspace, type SlackWorkspace } from "./slack-workspace.ts";
import { teamsGarbage } from "./teams-garbage.ts";

// Fixed seeds: the same few hundred requests on every run; a failure names the request's kind.
const SLACK_REQUESTS = 250;
const TEAMS_REQUESTS = 200;

async function sendAll(url: string, requests: RawRequest[], whenIdle: () => Promise<void>): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  for (const request of requests) {
    exchanges.push({ request, answer: await postRaw(url, request) });
    await whenIdle();
  }
  return exchanges;
}

describe(`${SLACK_REQUESTS} malformed, oversized and fuzzed requests to POST /slack/events`, () => {
  let workspace: SlackWorkspace;
  let exchanges: Exchange[];
  let before: StoredRecords;
  let callsBefore: number;

  beforeAll(async () => {
    workspace = await startSlackWorkspace();
    const { harness, test } = workspace;
    before = storedRecords(test.db);
    callsBefore = harness.fake.calls.length;
    const requests = slackGarbage(seededRandom(20260323), SLACK_REQUESTS);
    exchanges = await sendAll(`${harness.server.url}${SLACK_EVENTS_PATH}`, requests, () => harness.adapter.whenIdle());
  });
  afterAll(async () => workspace?.close());

  it("are each answered with a 2xx or 4xx, never a 5xx, and none is left hanging", () => {
    expect(exchanges).toHaveLength(SLACK_REQUESTS);
    expect(unanswered(exchanges)).toEqual([]);
  });

  it("are refused as unsigned (401), too large (413) or unreadable (400) where that is the only right answer", () => {
    expect(wronglyAnswered(exchanges)).toEqual([]);
    expect(exchanges.filter(({ answer }) => answer.status === 401).length).toBeGreaterThan(0);
  });

  it("store no case, answer, audit entry or logbook note, and leave the database whole", () => {
    expect(storedRecords(workspace.test.db)).toEqual(before);
    expect(workspace.test.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("tell a person, when the bot answers at all, in a friendly sentence", () => {
    const shown = workspace.harness.fake.calls
      .slice(callsBefore)
      .filter((call) => call.method === "chat.postEphemeral" || call.method === "chat.postMessage")
      .map((call) => String(call.body.text));
    const fieldErrors = exchanges.flatMap(({ answer }) => Object.values((jsonOf(answer) as { errors?: Record<string, string> } | undefined)?.errors ?? {}));
    expect(shown.length + fieldErrors.length).toBeGreaterThan(0);
    expect([...shown, ...fieldErrors].filter((text) => !isFriendly(text))).toEqual([]);
  });

  it("leave the bot up: it answers its health check and takes a real case afterwards", async () => {
    const { harness, test } = workspace;
    expect((await fetch(`${harness.server.url}/healthz`)).status).toBe(200);
    const answer = await harness.send(viewSubmission("U0ANNA", await openCaseForm(harness, "U0ANNA"), CLEAN_CASE, "V0AFTERFUZZ"));
    expect(answer.status).toBe(200);
    expect(ephemeralsTo(harness, "U0ANNA").at(-1)).toMatch(/G-2026-0001/);
    expect(harness.fake.messagesIn(CHANNELS.triage)).toHaveLength(1);
    expect(storedRecords(test.db).cases).toBe(before.cases + 1);
  });
});

describe(`${TEAMS_REQUESTS} malformed, oversized and fuzzed requests to POST /api/messages`, () => {
  let driver: Awaited<ReturnType<typeof createTeamsDriver>>;
  let exchanges: Exchange[];
  let before: StoredRecords;
  let callsBefore: number;

  beforeAll(async () => {
    driver = await createTeamsDriver();
    const { harness } = driver;
    before = storedRecords(harness.test.db);
    callsBefore = harness.connector.calls.length;
    const requests = teamsGarbage(seededRandom(20260324), TEAMS_REQUESTS, harness.connector.url);
    exchanges = await sendAll(`${harness.server.url}/api/messages`, requests, () => harness.test.bot.whenIdle());
  });
  afterAll(async () => driver?.close());

  it("are each answered with a 2xx or 4xx, never a 5xx, and none is left hanging", () => {
    expect(exchanges).toHaveLength(TEAMS_REQUESTS);
    expect(unanswered(exchanges)).toEqual([]);
  });

  it("are refused as too large (413) or not an activity (400) where that is the only right answer", () => {
    expect(wronglyAnswered(exchanges)).toEqual([]);
    expect(exchanges.filter(({ answer }) => answer.status === 400).length).toBeGreaterThan(0);
  });

  it("store no case, answer, audit entry or logbook note, and leave the database whole", () => {
    expect(storedRecords(driver.harness.test.db)).toEqual(before);
    expect(driver.harness.test.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("tell a person, when the bot answers at all, in a friendly sentence", () => {
    const sent = driver.harness.connector.calls
      .slice(callsBefore)
      .filter((call) => call.body && (call.method === "POST" || call.method === "PUT"))
      .map((call) => cardText(cardOf(call.body)) || String((call.body as { text?: unknown }).text ?? ""));
    const inDialogs = exchanges.flatMap(({ answer }) => {
      const message = dialogMessageOf(jsonOf(answer));
      return message ? [message] : [];
    });
    expect(sent.length).toBeGreaterThan(0);
    expect([...sent, ...inDialogs].filter((text) => !isFriendly(text))).toEqual([]);
  });

  it("leave the bot up: it answers its health check and takes a real case afterwards", async () => {
    const { harness } = driver;
    expect((await fetch(`${harness.server.url}/healthz`)).status).toBe(200);
    const form = (await driver.command("anna", driver.channels.team, "")).form!;
    const result = await driver.submit("anna", form, CLEAN_CASE);
    expect(result.notice).toMatch(/G-2026-0001/);
    expect(driver.messagesIn(driver.channels.triage).filter((message) => /G-2026-0001/.test(message.text))).toHaveLength(1);
    expect(storedRecords(harness.test.db).cases).toBe(before.cases + 1);
  });
});
