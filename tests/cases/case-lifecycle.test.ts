import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { listEvents } from "../../src/cases/case-store.ts";
import { anna, bram, GOOD_CASE, lisa, noticeText, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

async function submitGoodCase(values: Partial<typeof GOOD_CASE> = {}): Promise<number> {
  const reply = await submitCase(test.bot, anna, { ...GOOD_CASE, ...values });
  expect(noticeText(reply)).toMatch(/G-2026-\d{4}/);
  return test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
}

describe("a case in Garage de Bedoeling", () => {
  it("gets a yearly reference and lands in the team's triage channel", async () => {
    await submitGoodCase();
    await submitGoodCase({ title: "Tweede casus" });
    expect(test.db.prepare("SELECT reference FROM cases ORDER BY id").pluck().all()).toEqual(["G-2026-0001", "G-2026-0002"]);
    expect(chat.textOf("#kcc-garage")).toHaveLength(2);
  });

  it("cannot be decided without reasons", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    const reply = await submitMove(test.bot, lisa, id, "decide", { outcome: "within-rules", reasons: "  " });
    expect(reply).toMatchObject({ kind: "form-errors", errors: { reasons: expect.any(String) } });
    expect(test.db.prepare("SELECT status FROM cases WHERE id = ?").pluck().get(id)).toBe("in_progress");
  });

  it("records who escalated to whom and with what question", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    await submitMove(test.bot, lisa, id, "escalate", { escalatedTo: "MT Dienstverlening", question: "Mogen we tijdelijk afwijken?" });
    const row = test.db.prepare("SELECT status, escalated_to, escalation_question FROM cases WHERE id = ?").get(id);
    expect(row).toEqual({ status: "escalated", escalated_to: "MT Dienstverlening", escalation_question: "Mogen we tijdelijk afwijken?" });
    expect(allText(chat.directs.at(-1)!.message)).toMatch(/MT Dienstverlening/);
  });

  it("lets a case settle until a date and brings it back on that date", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    const past = await submitMove(test.bot, lisa, id, "pause", { pausedUntil: "2026-03-01" });
    expect(past).toMatchObject({ kind: "form-errors", errors: { pausedUntil: expect.stringMatching(/toekomst/) } });
    await submitMove(test.bot, lisa, id, "pause", { pausedUntil: "2026-04-02", note: "Eerst de uitspraak afwachten." });
    expect(test.db.prepare("SELECT status FROM cases WHERE id = ?").pluck().get(id)).toBe("settling");
    test.clock.set("2026-04-02T06:10:00Z");
    await test.bot.scheduler.tick();
    expect(test.db.prepare("SELECT status FROM cases WHERE id = ?").pluck().get(id)).toBe("in_progress");
    const thread = chat.posts.filter((post) => post.ref.threadId).map((post) => allText(post.message)).join("\n");
    expect(thread).toMatch(/lang genoeg bezonken/);
  });

  it("refuses a move by someone who is not a lead, explains it and audits it", async () => {
    const id = await submitGoodCase();
    const reply = await pressButton(test.bot, bram, "case.take", id);
    expect(noticeText(reply)).toMatch(/Alleen de teamleiders/);
    const events = listEvents(test.db, id);
    expect(events.map((event) => [event.kind, event.actor])).toEqual([
      ["move", "console:anna"],
      ["refused", "console:bram"],
    ]);
  });

  it("keeps every move in the audit trail with who, when, from and to", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    await pressButton(test.bot, lisa, "case.garage", id);
    await submitMove(test.bot, lisa, id, "decide", { outcome: "reasoned-deviation", reasons: "Geen gedeelde kosten zolang hij geen inkomen heeft." });
    await submitMove(test.bot, lisa, id, "close", { closeReason: "Uitgevoerd." });
    const trail = listEvents(test.db, id).map((event) => `${event.fromStatus ?? "-"}→${event.toStatus} by ${event.actor}`);
    expect(trail).toEqual([
      "-→submitted by console:anna",
      "submitted→in_progress by console:lisa",
      "in_progress→in_garage by console:lisa",
      "in_garage→decided by console:lisa",
      "decided→closed by console:lisa",
    ]);
    expect(listEvents(test.db, id).every((event) => !Number.isNaN(Date.parse(event.at)))).toBe(true);
  });

  it("moves once when a lead double-clicks", async () => {
    const id = await submitGoodCase();
    const [first, second] = await Promise.all([pressButton(test.bot, lisa, "case.take", id), pressButton(test.bot, lisa, "case.take", id)]);
    expect([noticeText(first), noticeText(second)].join("\n")).toMatch(/kan niet vanuit|al verplaatst/);
    expect(listEvents(test.db, id).filter((event) => event.toStatus === "in_progress")).toHaveLength(1);
  });

  it("tells the submitter the reasons of a decision", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    await submitMove(test.bot, lisa, id, "decide", { outcome: "within-rules", reasons: "Bijzondere bijstand dekt het verschil." });
    const dms = chat.directs.filter((dm) => dm.user.id === "anna").map((dm) => allText(dm.message));
    expect(dms).toHaveLength(2);
    expect(dms[1]).toMatch(/Bijzondere bijstand dekt het verschil/);
  });

  it("stores no identity at all for an anonymous case, and numbers it only at the next maintenance run", async () => {
    const reply = await submitCase(test.bot, anna, { ...GOOD_CASE, isAnonymous: "true" });
    expect(noticeText(reply)).toMatch(/anoniem ingediend/);
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(0);
    test.clock.advanceMinutes(16);
    await test.bot.scheduler.tick();
    const id = test.db.prepare("SELECT id FROM cases WHERE reference = 'G-2026-0001'").pluck().get() as number;
    expect(chat.textOf("#kcc-garage")).toHaveLength(1);
    await pressButton(test.bot, lisa, "case.take", id);
    expect(chat.directs).toHaveLength(0);
    test.db.pragma("wal_checkpoint(TRUNCATE)");
    const file = readFileSync(test.db.name);
    expect(file.includes(Buffer.from("console:anna"))).toBe(false);
    expect(file.includes(Buffer.from("anna"))).toBe(false);
    expect(test.db.prepare("SELECT submitter FROM cases WHERE id = ?").pluck().get(id)).toBeNull();
  });

  it("routes a case again when the platform was down at submission", async () => {
    chat.failNextPosts = 1;
    const id = await submitGoodCase();
    expect(chat.textOf("#kcc-garage")).toHaveLength(0);
    test.clock.set("2026-03-23T08:10:10Z"); // the next maintenance run, once the case is ten minutes old
    await test.bot.scheduler.tick();
    expect(chat.textOf("#kcc-garage")).toHaveLength(1);
    expect(test.db.prepare("SELECT count(*) FROM case_posts WHERE case_id = ?").pluck().get(id)).toBe(1);
  });

  it("nudges the owner once when a case has not moved for five working days", async () => {
    const id = await submitGoodCase();
    await pressButton(test.bot, lisa, "case.take", id);
    test.clock.set("2026-03-27T09:00:00Z"); // four working days later: not yet
    await test.bot.scheduler.tick();
    expect(chat.directs.filter((dm) => dm.user.id === "lisa")).toHaveLength(0);
    for (const day of ["2026-03-30T09:00:00Z", "2026-03-31T09:00:00Z"]) {
      test.clock.set(day);
      await test.bot.scheduler.tick();
    }
    const nudges = chat.directs.filter((dm) => dm.user.id === "lisa").map((dm) => allText(dm.message));
    expect(nudges).toEqual([expect.stringMatching(/G-2026-0001 wacht al 5 werkdagen/)]);
  });
});

describe("the home page", () => {
  it("shows a lead the next prompt of their team and everyone their own open cases", async () => {
    await submitGoodCase();
    const home = await test.bot.handle({ kind: "home-opened", user: lisa });
    expect(noticeText(home)).toBe("Welkom bij bedoeling-bot");
    const text = home.kind === "show-home" ? allText(home.message) : "";
    expect(text).toMatch(/Volgende vraag voor Klantcontactcentrum/);
    const annasHome = await test.bot.handle({ kind: "home-opened", user: anna });
    const annas = annasHome.kind === "show-home" ? allText(annasHome.message) : "";
    expect(annas).toMatch(/G-2026-0001/);
    expect(annas).not.toMatch(/Volgende vraag/);
    expect(annas).toMatch(/Logboek aanzetten/);
  });
});
