import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { findTeam } from "../../src/team/find-team.ts";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/slack-harness.ts";
import type { SentModal } from "../adapters/slack/slack-surfaces.ts";
import { fixture } from "../adapters/slack/fixtures.ts";
import { buttonPress, slashCommand, viewSubmission } from "../faults/slack-bodies.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { noticeText, submitAnswer, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, tempDatabasePath, testConfig, type TestBot } from "../support/test-bot.ts";

const CHANNELS = { channel: "C0KCC", triageChannel: "C0KCCGARAGE" };
let test: TestBot;
let harness: SlackHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  test?.db.close();
});

/** Every byte the bot wrote: the database file and its write-ahead log, as a reviewer would read them. */
function databaseBytes(path: string): string {
  return [path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file).toString("latin1")).join("");
}

describe("an anonymous case", () => {
  it("leaves nothing in the database that leads to its submitter: no id, no key, no time of day", async () => {
    const path = tempDatabasePath();
    test = createTestBot(testConfig({ slack: CHANNELS }, ["slack:U0LISA"]), { databasePath: path });
    harness = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(harness.adapter.platform);

    // The prompt gives Anna a button to press (a click is deduplicated by person); then /casus.
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    await harness.send(buttonPress("U0ANNAXYZ", harness.fake.messagesIn("C0KCC")[0]!, { actionId: "case.new" }, 1774252900.1));
    await harness.send(slashCommand("U0ANNAXYZ", "C0KCC"));
    const view = harness.fake.callsOf("views.open").at(-1)!.body.view as SentModal;
    const answer = await harness.send(viewSubmission("U0ANNAXYZ", view, { ...CLEAN_CASE, isAnonymous: "true" }));
    expect(answer.status).toBe(200);
    test.clock.advanceMinutes(20);
    await test.bot.scheduler.tick();
    expect(harness.fake.messagesIn(CHANNELS.triageChannel)).toHaveLength(1);

    test.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(databaseBytes(path)).not.toContain("U0ANNAXYZ");
    const stored = test.db.prepare("SELECT created_at AS createdAt, last_moved_at AS movedAt, submitter FROM cases").get() as Record<string, string | null>;
    expect(stored).toEqual({ createdAt: "2026-03-23T00:00:00.000Z", movedAt: "2026-03-23T00:00:00.000Z", submitter: null });
    const times = test.db.prepare("SELECT at FROM case_events UNION ALL SELECT received_at FROM deliveries").pluck().all() as string[];
    expect(times.length).toBeGreaterThan(2);
    for (const at of times) expect(at).toMatch(/T00:00:00\.000Z$/);
  });

  it("shows its receipt only in the modal, also when brought in from the App Home (no conversation)", async () => {
    test = createTestBot(testConfig({ slack: CHANNELS }, ["slack:U0LISA"]));
    harness = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(harness.adapter.platform);
    await harness.send({ payload: fixture("block-actions-home") });
    const view = harness.fake.callsOf("views.open").at(-1)!.body.view as SentModal;
    const answer = await harness.send(viewSubmission("U0ANNA", view, { ...CLEAN_CASE, isAnonymous: "true" }));
    expect(answer.text).toMatch(/BON(?:-[A-Z2-9]{4}){4}/);
    const kept = harness.fake.calls.filter((call) => /BON-|anoniem ingediend/.test(JSON.stringify(call.body)));
    expect(kept).toEqual([]);
  });

  it("is refused when it repeats an answer that stands under the person's name in the team's thread", async () => {
    test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    const anna: UserRef = { platform: "console", id: "anna" };
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    const answered = "Mevrouw kreeg minder aanvulling omdat haar kleinzoon tijdelijk bij haar introk zonder eigen inkomen.";
    await submitAnswer(test.bot, anna, runId, { text: answered });

    const pasted = { ...CLEAN_CASE, isAnonymous: "true", situation: `Zoals ik al schreef: ${answered.toUpperCase()}` };
    const refused = await submitCase(test.bot, anna, pasted);
    expect(refused).toMatchObject({ kind: "form-errors", errors: { isAnonymous: expect.stringMatching(/onder je naam/) } });
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(0);

    // Under her own name the same text is fine, and so is another colleague's anonymous case with it.
    expect(noticeText(await submitCase(test.bot, anna, { ...pasted, isAnonymous: "false" }))).toMatch(/G-2026-0001/);
    expect(noticeText(await submitCase(test.bot, { platform: "console", id: "bram" }, pasted))).toMatch(/anoniem/);
  });
});

describe("anonymous references", () => {
  it("follow every named case submitted in the same quarter of an hour, so their order says nothing", async () => {
    test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    const person = (id: string): UserRef => ({ platform: "console", id });
    await submitCase(test.bot, person("bram"), { ...CLEAN_CASE, title: "Eerste, op naam" });
    const anonymous = await submitCase(test.bot, person("anna"), { ...CLEAN_CASE, title: "Anoniem", isAnonymous: "true" });
    await submitCase(test.bot, person("lisa"), { ...CLEAN_CASE, title: "Tweede, op naam" });
    expect(noticeText(anonymous)).not.toMatch(/G-2026/);
    test.clock.advanceMinutes(16);
    await test.bot.scheduler.tick();
    const order = test.db.prepare("SELECT title FROM cases ORDER BY id").pluck().all();
    expect(order).toEqual(["Eerste, op naam", "Tweede, op naam", "Anoniem"]);
    expect(test.db.prepare("SELECT count(*) FROM anonymous_submissions").pluck().get()).toBe(0);
  });
});

describe("a case made from an answer", () => {
  it("links only the submitter's own answer, whatever the form's context claims", async () => {
    test = createTestBot(testConfig({}, ["console:lisa"]));
    const chat = new RecordingPlatform();
    test.bot.connect(chat);
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    await submitAnswer(test.bot, { platform: "console", id: "anna" }, runId, { text: "Een eigen antwoord van Anna." });
    const answerId = test.db.prepare("SELECT id FROM answers").pluck().get() as number;

    const forged = JSON.stringify({ answer: answerId });
    await submitCase(test.bot, { platform: "console", id: "bram" }, CLEAN_CASE, forged);
    expect(test.db.prepare("SELECT source_answer_id FROM cases").pluck().get()).toBeNull();
    expect(chat.posts.some((post) => /G-2026-0001/.test(JSON.stringify(post.message)) && post.ref.threadId)).toBe(false);
  });
});
