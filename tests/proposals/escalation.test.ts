import { describe, expect, it } from "vitest";
import type { Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { remindWaiting } from "../../src/proposals/remind-waiting.ts";
import { noticeText, pressButton, submitMove } from "../support/core-actions.ts";
import { createLearningBot, formOf, people, type LearningBot } from "./learning-bot.ts";

const { anna, lisa, bram } = people;
const QUESTION = "Mogen we de kostendelersnorm tijdelijk buiten toepassing laten?";
const INTERIM = "Tot het besluit rekenen we de kleinzoon niet mee.";

async function escalatedCase(test: LearningBot, escalatedTo = "beleid", dueOn = "2026-03-30"): Promise<number> {
  const caseId = await test.bringIn(anna);
  await pressButton(test.bot, lisa, "case.take", caseId);
  const reply = await submitMove(test.bot, lisa, caseId, "escalate", { escalatedTo, question: QUESTION, interimMeasure: INTERIM, dueOn });
  expect(noticeText(reply)).toMatch(/geëscaleerd/);
  return caseId;
}

async function command(test: LearningBot, user: UserRef, text: string): Promise<Reply> {
  const reply = await test.bot.handle({ kind: "command", user, place: {}, name: "casus", text });
  await test.bot.whenIdle();
  return reply;
}

/** Runs the scheduler at 09:00:30 in Amsterdam on each day from `from` to `to` (inclusive). */
async function everyMorning(test: LearningBot, from: string, to: string): Promise<void> {
  for (let day = new Date(`${from}T12:00:00Z`); day <= new Date(`${to}T12:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    const key = day.toISOString().slice(0, 10);
    test.clock.set(`${key}T${key >= "2026-03-29" ? "07" : "08"}:00:30Z`);
    await test.bot.scheduler.tick();
  }
}

const reminders = (test: LearningBot) => test.channel("#beleid").filter((text) => text.startsWith("Herinnering"));

describe("an escalation", () => {
  it("goes to the addressee with the question, the interim measure and the due date, and its waiting time shows on the case", async () => {
    const test = createLearningBot();
    const opened = await pressButton(test.bot, lisa, "case.escalate", await test.bringIn(anna));
    expect(opened.kind).toBe("notice");
    const caseId = test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
    await pressButton(test.bot, lisa, "case.take", caseId);
    const form = formOf(await pressButton(test.bot, lisa, "case.escalate", caseId));
    expect(form.fields.map((field) => field.name)).toEqual(["escalatedTo", "question", "interimMeasure", "dueOn"]);
    expect(form.fields[0]!.choices).toEqual([{ value: "beleid", label: "Beleid Werk en Inkomen" }]);
    const past = await submitMove(test.bot, lisa, caseId, "escalate", { escalatedTo: "beleid", question: QUESTION, dueOn: "2026-03-20" });
    expect(past).toMatchObject({ kind: "form-errors", errors: { dueOn: expect.stringMatching(/toekomst/) } });
    await submitMove(test.bot, lisa, caseId, "escalate", { escalatedTo: "beleid", question: QUESTION, interimMeasure: INTERIM, dueOn: "2026-03-30" });

    const [message] = test.channel("#beleid");
    expect(message).toMatch(/Escalatie · G-2026-0001/);
    expect(message).toMatch(/Antwoord gevraagd vóór: 2026-03-30/);
    expect(message).toMatch(new RegExp(`${INTERIM}[\\s\\S]*Beantwoorden`));
    expect(test.thread(test.caseMessageId(caseId))).toMatch(/Tussentijdse maatregel\*: Tot het besluit/);
    test.clock.set("2026-04-01T10:00:00Z");
    const status = noticeText(await command(test, anna, "status G-2026-0001"));
    expect(status).toMatch(/Escalatie aan Beleid Werk en Inkomen: wacht 9 dagen \(antwoord gevraagd vóór 2026-03-30\) — 2 dagen over tijd/);
  });

  it("reminds the addressee once on the due date and then once a week, never more often", async () => {
    const test = createLearningBot();
    await escalatedCase(test);
    await everyMorning(test, "2026-03-24", "2026-03-29");
    expect(reminders(test)).toHaveLength(0);
    await everyMorning(test, "2026-03-30", "2026-03-30");
    expect(reminders(test)).toHaveLength(1);
    expect(reminders(test)[0]).toMatch(/G-2026-0001.*wacht sinds 7 dagen op antwoord; gevraagd vóór 2026-03-30/s);
    expect(await remindWaiting(test.bot.core)).toEqual({ escalations: 0, proposals: 0 });
    await everyMorning(test, "2026-03-31", "2026-04-05");
    expect(reminders(test)).toHaveLength(1);
    await everyMorning(test, "2026-04-06", "2026-04-13");
    expect(reminders(test)).toHaveLength(3);
    expect(reminders(test)[1]).toMatch(/ligt nu 1 week in de week/);
    expect(test.db.prepare("SELECT count(*) FROM escalation_events WHERE kind = 'reminded'").pluck().get()).toBe(3);
  });

  it("is answered with reasons only by the addressee; the answer flows back and the reminders stop", async () => {
    const test = createLearningBot();
    const caseId = await escalatedCase(test);
    const escalationId = test.db.prepare("SELECT id FROM escalations").pluck().get() as number;
    expect(noticeText(await pressButton(test.bot, lisa, "escalation.answer", escalationId))).toMatch(/Alleen Beleid Werk en Inkomen/);
    const form = formOf(await pressButton(test.bot, bram, "escalation.answer", escalationId));
    const submit = (values: Record<string, string>) => test.bot.handle({ kind: "form-submit", user: bram, place: {}, formId: form.id, context: form.context, values });
    expect(await submit({ answer: "Ja, tot 1 juli.", reasons: "" })).toMatchObject({ kind: "form-errors", errors: { reasons: expect.any(String) } });
    expect(noticeText(await submit({ answer: "Ja, tot 1 juli.", reasons: "Zo houdt mevrouw haar bestaanszekerheid terwijl wij de regel herzien." }))).toMatch(/vastgelegd/);
    await test.bot.whenIdle();

    expect(test.thread(test.caseMessageId(caseId))).toMatch(/Antwoord van Beleid Werk en Inkomen\* op de escalatie:\n\*Antwoord\*: Ja, tot 1 juli\.\n\*Onderbouwing\*: Zo houdt mevrouw/);
    expect(test.directsTo(anna)).toMatch(/G-2026-0001.*antwoord van Beleid Werk en Inkomen:\n\*Antwoord\*: Ja, tot 1 juli/s);
    expect(test.channel("#beleid")[0]).toMatch(/Status: beantwoord/);
    expect(test.channel("#beleid")[0]).not.toMatch(/Beantwoorden/);
    await everyMorning(test, "2026-03-30", "2026-04-07");
    expect(reminders(test)).toHaveLength(0);
  });

  it("named in free text (no addressees configured): the team is reminded in the thread and its lead records the answer", async () => {
    const test = createLearningBot({ addressees: [] });
    const caseId = await escalatedCase(test, "Afdelingshoofd Publiekszaken");
    expect(test.db.prepare("SELECT addressee, addressee_name FROM escalations").get()).toEqual({ addressee: null, addressee_name: "Afdelingshoofd Publiekszaken" });
    await everyMorning(test, "2026-03-30", "2026-03-30");
    expect(test.thread(test.caseMessageId(caseId))).toMatch(/De escalatie aan Afdelingshoofd Publiekszaken wacht sinds 7 dagen/);
    expect(noticeText(await command(test, bram, "antwoord G-2026-0001"))).toMatch(/Alleen de teamleiders/);
    const form = formOf(await command(test, lisa, "antwoord G-2026-0001"));
    await test.bot.handle({ kind: "form-submit", user: lisa, place: {}, formId: form.id, context: form.context, values: { answer: "Akkoord.", reasons: "Mondeling in het afdelingsoverleg." } });
    await test.bot.whenIdle();
    expect(test.thread(test.caseMessageId(caseId))).toMatch(/Antwoord van Afdelingshoofd Publiekszaken/);
  });

  it("is withdrawn when its case is closed, and no longer reminded", async () => {
    const test = createLearningBot();
    const caseId = await escalatedCase(test);
    await submitMove(test.bot, lisa, caseId, "close", { closeReason: "De inwoner is verhuisd." });
    expect(test.db.prepare("SELECT status FROM escalations").pluck().get()).toBe("withdrawn");
    expect(test.channel("#beleid")[0]).toMatch(/Status: ingetrokken/);
    await everyMorning(test, "2026-03-30", "2026-03-31");
    expect(reminders(test)).toHaveLength(0);
  });
});
