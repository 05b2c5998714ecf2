import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import type { Reply } from "../../src/chat/vocabulary.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitAnswer, submitCase, submitMove } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

// Every form with free text, through the real core on a real database: an identifier pasted with the
// typography of Word, Outlook or a PDF is refused on its field, and nothing is stored.

let test: TestBot;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  test.bot.connect(new RecordingPlatform());
});

function count(table: string): number {
  return test.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function errorsOf(reply: Reply): Record<string, string> {
  return reply.kind === "form-errors" ? reply.errors : {};
}

async function takenCaseId(): Promise<number> {
  await submitCase(test.bot, anna, GOOD_CASE);
  const id = test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
  await pressButton(test.bot, lisa, "case.take", id);
  return id;
}

describe("a pasted identifier in each form", () => {
  it("is refused in the case form, on the field it is in", async () => {
    const reply = await submitCase(test.bot, anna, { ...GOOD_CASE, proposal: "Stuur het besluit naar j.devries\u200B@example.nl, zij regelt de post." });
    expect(errorsOf(reply)).toEqual({ proposal: expect.stringMatching(/e-mailadres/) });
    expect(count("cases")).toBe(0);
  });

  it("is refused in the answer form", async () => {
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    const reply = await submitAnswer(test.bot, anna, runId, { score: "3", text: "Mevrouw belde van 06\u00A012\u00A034\u00A056\u00A078 over haar aanvraag." });
    expect(errorsOf(reply).text).toMatch(/telefoonnummer/);
    expect(count("answers")).toBe(0);
  });

  it("is refused in the logbook form", async () => {
    const reply = await test.bot.handle({
      kind: "form-submit",
      user: anna,
      place: {},
      formId: "logbook.submit",
      context: JSON.stringify({ prompt: "any" }),
      values: { text: "Huisbezoek op 1234\u00A0ab\u00A012 liet zien hoe klein de woning is." },
    });
    expect(errorsOf(reply).text).toMatch(/adres/);
    expect(count("logbook_entries")).toBe(0);
  });

  it.each([
    ["decide", "reasons", { outcome: "within-rules", reasons: "Moeder (geb.\u00A012–03–1961) valt onder de overgangsregeling." }],
    ["escalate", "question", { escalatedTo: "MT Dienstverlening", question: "Mag de betaling naar NL91\u2009ABNA\u20090417\u20091643\u200900?" }],
    ["pause", "note", { pausedUntil: "2026-04-02", note: "Wachten op de SVB over BSN 999\u202F970\u202F021." }],
    ["close", "closeReason", { closeReason: "Opgelost: bewindvoerder bereikbaar op 020\u2212123\u00A04567." }],
  ])("is refused in the reasons of the %s form, and the case does not move", async (move, field, values) => {
    const id = await takenCaseId();
    const events = count("case_events");
    const reply = await submitMove(test.bot, lisa, id, move, values);
    expect(Object.keys(errorsOf(reply))).toEqual([field]);
    expect(test.db.prepare("SELECT status, reasons, escalation_question, close_reason FROM cases WHERE id = ?").get(id)).toEqual({
      status: "in_progress",
      reasons: null,
      escalation_question: null,
      close_reason: null,
    });
    expect(count("case_events")).toBe(events);
  });
});
