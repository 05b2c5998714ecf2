import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixture } from "../adapters/slack/fixtures.ts";
import { createSlackDriver, type SlackDriver } from "../scenarios/slack-driver.ts";
import type { SeenForm } from "../scenarios/scenario-driver.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";

// Through the real Slack adapter (real Bolt over signed HTTP, a fake Web API): text pasted from
// Outlook or a PDF into the case form, with the typography those put between digits.

const PASTED_BSN = "999\u00A0970\u00A0021"; // no-break spaces
const PASTED_IBAN = "NL91\u2009ABNA\u20090417\u20091643\u200900"; // thin spaces
const PASTED_PHONE = "06–1234\u00A05678"; // en dash and a no-break space

let driver: SlackDriver;

beforeEach(async () => {
  driver = await createSlackDriver();
});

afterEach(async () => {
  await driver.close();
});

function countCases(): number {
  return driver.bot.core.db.prepare("SELECT count(*) FROM cases").pluck().get() as number;
}

/** Everything the bot sent Slack since `from` (acks are not calls; they are checked separately). */
function sentSince(from: number): string {
  return JSON.stringify(driver.fake.calls.slice(from).map((call) => call.body));
}

/** Digits only, so a value is found however it is grouped. */
function digitsOf(text: string): string {
  return text.normalize("NFKC").replace(/\D/g, "");
}

async function openCaseForm(): Promise<SeenForm> {
  const opened = await driver.command("anna", driver.channels.team, "");
  expect(opened.form?.formId).toBe("case.submit");
  return opened.form!;
}

describe("a case pasted from Outlook or a PDF, in Slack", () => {
  it("is refused with each field named, the values never echoed, and nothing stored", async () => {
    const form = await openCaseForm();
    const before = driver.fake.calls.length;
    const result = await driver.submit("anna", form, {
      ...CLEAN_CASE,
      situation: `Mevrouw, BSN ${PASTED_BSN}, kreeg een brief over de terugvordering.`,
      rule: `Terugbetaling alleen op het eigen rekeningnummer (${PASTED_IBAN})`,
      bedoeling: `Dat het geld bij de juiste persoon komt; zij is bereikbaar op ${PASTED_PHONE}.`,
    });

    expect(result.errors).toEqual({
      situation: expect.stringMatching(/^Haal het BSN weg/),
      rule: expect.stringMatching(/^Haal het rekeningnummer \(IBAN\) weg/),
      bedoeling: expect.stringMatching(/^Haal het telefoonnummer weg/),
    });
    const shown = digitsOf(JSON.stringify(result) + sentSince(before));
    for (const value of [PASTED_BSN, PASTED_IBAN, PASTED_PHONE]) expect(shown).not.toContain(digitsOf(value));
    expect(countCases()).toBe(0);
    expect(driver.messagesIn(driver.channels.triage)).toHaveLength(0);
  });

  it("refuses a case made from a chat message with a pasted BSN in it, though the form was prefilled", async () => {
    const shortcut = fixture("message-action") as { message: Record<string, unknown> };
    const text = `De kostendelersnorm raakt mevrouw hard, BSN\u00A0${PASTED_BSN.replace(/\u00A0/g, "\u202F")}.`;
    const opened = await driver.act("anna", { payload: { ...shortcut, message: { ...shortcut.message, text } } });
    expect(opened.form?.initial.situation).toContain("BSN");

    const { situation: _prefilled, ...rest } = CLEAN_CASE;
    const result = await driver.submit("anna", opened.form!, rest);
    expect(result.errors?.situation).toMatch(/BSN/);
    expect(digitsOf(result.errors?.situation ?? "")).toBe("");
    expect(countCases()).toBe(0);
  });

  it("stores a clean pasted case without the invisible characters pasting left behind", async () => {
    const form = await openCaseForm();
    const situation = "Alleenstaande oudere; haar klein\u00ADzoon woont\u200B tijdelijk bij haar zonder inkomen.";
    const result = await driver.submit("anna", form, { ...CLEAN_CASE, situation });
    expect(result.errors).toBeUndefined();
    expect(driver.bot.core.db.prepare("SELECT situation FROM cases").pluck().get()).toBe(
      "Alleenstaande oudere; haar kleinzoon woont tijdelijk bij haar zonder inkomen.",
    );
  });
});
