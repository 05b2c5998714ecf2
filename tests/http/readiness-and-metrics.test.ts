import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/create-slack-adapter.ts";
import { enqueue } from "../../src/outbox/outbox-store.ts";
import { openDatabase, type Db } from "../../src/storage/database.ts";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import type { SentModal } from "../adapters/slack/slack-surfaces.ts";
import { sendSignedRequest, type SlackBody } from "../adapters/slack/signed-request.ts";
import { writeSlackConfig } from "../faults/bot-process.ts";
import { slashCommand, viewSubmission } from "../faults/slack-bodies.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { startBotWith, type RunningBot } from "./bot-with-environment.ts";

const CHANNELS = { channel: "C0KCC", triageChannel: "C0KCCGARAGE" };
const MINUTE = 60_000;

async function waitFor<T>(find: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > giveUpAt) throw new Error("waited in vain");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Prometheus' text format as { "name{labels}": value }. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    const match = /^([a-z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/i.exec(line);
    if (match) samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

describe("GET /healthz, /readyz and /metrics of the running bot", () => {
  const databasePath = tempDatabasePath();
  let fake: FakeSlackApi;
  let bot: RunningBot;
  let db: Db;
  const send = (body: SlackBody) => sendSignedRequest(`${bot.url}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, body);
  const readyz = async () => {
    const response = await fetch(`${bot.url}/readyz`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    // The team's prompt is due this minute; Slack first answers its post with 429 (Retry-After: 1).
    const configPath = writeSlackConfig(databasePath, CHANNELS);
    fake.failNext("chat.postMessage", 1, { status: 429, retryAfter: 1 });
    bot = await startBotWith({ DATABASE_PATH: databasePath, BEDOELING_CONFIG: configPath, SLACK_BOT_TOKEN: fake.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.url });
    db = openDatabase(databasePath);
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    db?.close();
    await fake?.close();
  });

  it("is ready when the database takes a write, Slack accepted the token and the outbox moves; the answer names no secret or person", async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await readyz();
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({
      isReady: true,
      database: { isReady: true },
      platforms: [{ platform: "slack", isReady: true, detail: "http" }],
      outbox: { isReady: true, waiting: expect.any(Number), failed: 0, oldestWaitingSeconds: expect.any(Number), givenUpLastHour: 0 },
    });
    for (const secret of [fake.token, SIGNING_SECRET, "U0BOT", CHANNELS.channel]) expect(ready.text).not.toContain(secret);
  });

  it("counts interactions, acknowledgements, 429s, scheduled runs, the outbox and cases, and names nobody", async () => {
    await waitFor(() => fake.messagesIn(CHANNELS.channel)[0]);
    expect((await send(slashCommand("U0ANNA", CHANNELS.channel))).status).toBe(200);
    const view = await waitFor(() => fake.callsOf("views.open")[0]?.body.view as SentModal | undefined);
    expect((await send(viewSubmission("U0ANNA", view, CLEAN_CASE))).status).toBe(200);
    await waitFor(() => fake.messagesIn(CHANNELS.triageChannel)[0]);

    const response = await fetch(`${bot.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const metrics = parseMetrics(text);
    expect(metrics.get('bedoeling_interactions_total{platform="slack",kind="command",outcome="open-form"}')).toBe(1);
    expect(metrics.get('bedoeling_interactions_total{platform="slack",kind="form-submit",outcome="notice"}')).toBe(1);
    expect(metrics.get('bedoeling_acknowledgement_seconds_count{platform="slack"}')).toBe(2);
    expect(metrics.get('bedoeling_acknowledgement_seconds_bucket{le="+Inf",platform="slack"}')).toBe(2);
    expect(metrics.get('bedoeling_platform_rate_limited_total{platform="slack"}')).toBe(1);
    expect(metrics.get('bedoeling_scheduled_slots{job="reflection:team",status="done"}')).toBe(1);
    expect(metrics.get('bedoeling_cases{status="submitted"}')).toBe(1);
    expect(metrics.get('bedoeling_outbox_items{status="failed"}')).toBe(0);
    expect(metrics.has("bedoeling_outbox_oldest_waiting_seconds")).toBe(true);
    expect(metrics.has("process_cpu_seconds_total")).toBe(true);
    // Counts only: no person, team, channel, case text or token.
    for (const word of ["U0ANNA", "kcc", "Klantcontactcentrum", CHANNELS.channel, CLEAN_CASE.rule, fake.token]) expect(text).not.toContain(word);
  });

  it("is not ready while its oldest outbox item waits over 15 minutes, or within an hour after one was given up", async () => {
    const now = Date.now();
    // Written 20 minutes ago and not due before tomorrow: the bot leaves it alone, as it would a post
    // held back by a long Retry-After.
    const stuck = db.transaction(() => {
      const id = enqueue(db, { lane: "slack:C0ELSEWHERE", kind: "probe.never-due", args: {} }, new Date(now - 20 * MINUTE));
      db.prepare("UPDATE outbox SET not_before = ? WHERE id = ?").run(new Date(now + 24 * 60 * MINUTE).toISOString(), id);
      return id;
    })();
    let ready = await readyz();
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toMatchObject({
      isReady: false,
      database: { isReady: true },
      platforms: [{ platform: "slack", isReady: true }],
      outbox: { isReady: false, detail: "oldest waiting item 20 min old", oldestWaitingSeconds: expect.any(Number) },
    });

    // Given up (after its retries) 20 minutes ago; its last planned retry lay 15 minutes after that.
    db.prepare("UPDATE outbox SET status = 'failed', not_before = ? WHERE id = ?").run(new Date(now - 5 * MINUTE).toISOString(), stuck);
    ready = await readyz();
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).outbox).toMatchObject({ isReady: false, failed: 1, givenUpLastHour: 1, detail: "1 item(s) given up in the last hour" });

    // Given up long ago: an operator's to-do (`outbox`), no reason to say the bot is not ready.
    db.prepare("UPDATE outbox SET not_before = ? WHERE id = ?").run(new Date(now - 3 * 60 * MINUTE).toISOString(), stuck);
    ready = await readyz();
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text).outbox).toMatchObject({ isReady: true, failed: 1, givenUpLastHour: 0 });
    db.prepare("DELETE FROM outbox WHERE id = ?").run(stuck);
  });

  it("is not ready while another process holds the database's write lock, and ready again once it lets go", async () => {
    db.exec("BEGIN IMMEDIATE");
    let ready;
    try {
      ready = await readyz();
    } finally {
      db.exec("ROLLBACK");
    }
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).database).toEqual({ isReady: false, detail: "SQLITE_BUSY" });
    expect((await readyz()).status).toBe(200);
    // Liveness is not readiness: the process served all along.
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
