import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/create-slack-adapter.ts";
import { deliveryKeysOf } from "../../adapters/slack/delivery-keys.ts";
import { parseSlackPayload } from "../../adapters/slack/parse-slack-payload.ts";
import { wasDelivered } from "../../src/storage/deliveries.ts";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import type { SentModal } from "../adapters/slack/slack-surfaces.ts";
import { sendSignedRequest, type SlackBody, type SlackResponse } from "../adapters/slack/signed-request.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { startBotProcess, writeSlackConfig, type BotProcess } from "./bot-process.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { slashCommand, viewSubmission } from "./slack-bodies.ts";

const CHANNELS = { channel: "C0KCC", triageChannel: "C0KCCGARAGE" };
/** An upper bound only: the burst goes on until the process is killed. */
const BURST = 1000;
/** Submissions sent at once, a few milliseconds apart, so that some are always on their way in. */
const WAVE = 6;
const KILL_AFTER_ACKS = 10;
const KILL_WITH_IN_FLIGHT = 5;

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Submission {
  title: string;
  body: SlackBody;
  answer?: SlackResponse;
}

/** The real bot process, SIGKILLed after its tenth acknowledged case while submissions keep coming in. */
describe("the bot killed during a burst of case submissions", () => {
  const databasePath = tempDatabasePath();
  const submissions: Submission[] = [];
  let configPath: string;
  let fake: FakeSlackApi;
  let bot: BotProcess;
  let restarted: BotProcess | undefined;
  const send = (to: BotProcess, body: SlackBody) => sendSignedRequest(`${to.url}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, body);
  const acknowledged = () => submissions.filter((submission) => submission.answer?.status === 200);
  const unanswered = () => submissions.filter((submission) => !submission.answer);

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    configPath = writeSlackConfig(databasePath, CHANNELS);
    bot = await startBotProcess(fake, databasePath, configPath);
    await waitFor(() => fake.messagesIn(CHANNELS.channel)[0]);
    expect((await send(bot, slashCommand("U0ANNA", CHANNELS.channel))).status).toBe(200);
    const view = await waitFor(() => fake.callsOf("views.open")[0]?.body.view as SentModal | undefined);

    const all: Promise<void>[] = [];
    let pending = 0;
    let isKilled = false;
    const submit = (index: number) => {
      const title = `Burst ${String(index).padStart(3, "0")}: huishoudtoets bij tijdelijk inwonen`;
      const submission: Submission = { title, body: viewSubmission("U0ANNA", view, { ...CLEAN_CASE, title }, `V0BURST${index}`) };
      submissions.push(submission);
      pending += 1;
      const answered = send(bot, submission.body).then((answer) => {
        submission.answer = answer;
        pending -= 1;
        if (!isKilled && acknowledged().length >= KILL_AFTER_ACKS && pending >= KILL_WITH_IN_FLIGHT) {
          isKilled = true;
          bot.child.kill("SIGKILL");
        }
      });
      all.push(answered.catch(() => undefined));
    };
    while (submissions.length < BURST && !isKilled) {
      for (let count = 0; count < WAVE; count++) submit(submissions.length);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(all);
    await bot.exited;
  });

  afterAll(async () => {
    bot?.child.kill("SIGKILL");
    restarted?.child.kill("SIGKILL");
    await fake?.close();
  });

  function openDatabaseFile() {
    return new Database(databasePath);
  }

  it("was killed with submissions still waiting for their answer", () => {
    expect(bot.child.signalCode).toBe("SIGKILL");
    expect(acknowledged().length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(unanswered().length).toBeGreaterThan(0);
  });

  it("has stored every case it acknowledged, each exactly once", () => {
    const db = openDatabaseFile();
    try {
      const count = db.prepare("SELECT count(*) FROM cases WHERE title = ?").pluck();
      expect(acknowledged().filter((submission) => count.get(submission.title) !== 1).map((submission) => submission.title)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("leaves a database that passes its integrity check, with no case half written", () => {
    const db = openDatabaseFile();
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const cases = db.prepare("SELECT * FROM cases").all() as Record<string, unknown>[];
      expect(cases.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      for (const row of cases) {
        expect(row).toMatchObject({ team: "kcc", status: "submitted", rule: CLEAN_CASE.rule, bedoeling: CLEAN_CASE.bedoeling, urgency: "high" });
        expect(row.reference).toMatch(/^G-\d{4}-\d{4}$/);
      }
      const withoutAudit = db.prepare("SELECT count(*) FROM cases WHERE id NOT IN (SELECT case_id FROM case_events WHERE to_status = 'submitted')");
      expect(withoutAudit.pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(DISTINCT reference) FROM cases").pluck().get()).toBe(cases.length);
      // A submission taken as received (its resubmission would be ignored as a repeat) has its case.
      // Delivery keys are stored as keyed hashes: ask for each submission's key whether it was taken.
      const received = submissions.filter((submission) => {
        const payload = parseSlackPayload((submission.body as { payload: object }).payload);
        return deliveryKeysOf(payload).every((key) => wasDelivered(db, "slack", key));
      });
      expect(received.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      const titles = new Set(cases.map((row) => row.title));
      expect(received.map((submission) => submission.title).filter((title) => !titles.has(title))).toEqual([]);
      expect(db.prepare("SELECT count(*) FROM cases_fts").pluck().get()).toBe(cases.length);
    } finally {
      db.close();
    }
  });

  describe("and started again on the same file, within the prompt's slot", () => {
    beforeAll(async () => {
      restarted = await startBotProcess(fake, databasePath, configPath);
    });

    it("answers its health check", async () => {
      const health = await fetch(`${restarted!.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ isHealthy: true, database: "ok" });
    });

    it("keeps a case that is submitted again after the crash exactly once", async () => {
      const again = [unanswered()[0]!, submissions.at(-1)!];
      for (const submission of again) expect((await send(restarted!, submission.body)).status).toBe(200);
      const db = openDatabaseFile();
      try {
        const count = db.prepare("SELECT count(*) FROM cases WHERE title = ?").pluck();
        expect(again.map((submission) => count.get(submission.title))).toEqual([1, 1]);
      } finally {
        db.close();
      }
    });

    it("does not post the slot's prompt a second time", () => {
      expect(fake.messagesIn(CHANNELS.channel)).toHaveLength(1);
    });
  });
});
