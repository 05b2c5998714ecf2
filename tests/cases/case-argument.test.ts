import { beforeEach, describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { caseForm } from "../../src/cases/case-form.ts";
import { exportTeam } from "../../src/operations/export-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, GOOD_CASE, noticeText, submitAnswer, submitCase } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

const ARGUED_CASE = {
  ...GOOD_CASE,
  citizenNeed: "Een slaapplek voor haar kleinzoon zonder dat haar eigen bestaan wankelt.",
  customerRole: "both",
  roomWithinRule: "De kostendelersnorm kent geen uitzondering voor tijdelijk verblijf; bijzondere bijstand misschien wel.",
  ifNothingIsDone: "Zij zegt de kleinzoon de deur te wijzen, of komt in de schulden.",
};

describe("the case form", () => {
  it("asks at most five required texts: title, situation, rule and bedoeling", () => {
    for (const language of ["nl", "en"] as const) {
      const fields = caseForm(test.config.teams, language).fields;
      const requiredTexts = fields.filter((field) => field.isRequired && (field.kind === "text" || field.kind === "textarea"));
      expect(requiredTexts.length).toBeLessThanOrEqual(5);
      expect(requiredTexts.map((field) => field.name)).toEqual(["title", "situation", "rule", "bedoeling"]);
    }
  });

  it("says the bedoeling is the organisation's intent behind the rule, not your own opinion", () => {
    const hint = (language: "nl" | "en") => caseForm(test.config.teams, language).fields.find((field) => field.name === "bedoeling")?.hint;
    expect(hint("nl")).toMatch(/de bedoeling van de organisatie achter de regel, niet je eigen mening/);
    expect(hint("en")).toMatch(/organisation's intent behind the rule, not your own opinion/);
  });

  it("asks for the real need, klant or eindklant, the room within the rule and what happens if nothing is done", () => {
    const fields = caseForm(test.config.teams, "nl").fields;
    const labelOf = (name: string) => fields.find((field) => field.name === name)?.label;
    expect(labelOf("citizenNeed")).toMatch(/echt nodig/);
    expect(labelOf("roomWithinRule")).toMatch(/ruimte/i);
    expect(labelOf("ifNothingIsDone")).toMatch(/niets doen/);
    const roles = fields.find((field) => field.name === "customerRole")?.choices?.map((choice) => choice.label) ?? [];
    expect(roles).toEqual([expect.stringMatching(/^klant:/), expect.stringMatching(/^eindklant:/), expect.stringMatching(/^allebei:/)]);
  });

  it("takes a case without the new parts, as before", async () => {
    const reply = await submitCase(test.bot, anna, GOOD_CASE);
    expect(noticeText(reply)).toMatch(/G-2026-0001/);
  });
});

describe("a case with its whole argument", () => {
  it("shows the real need, the room within the rule and what if nothing is done in the triage message", async () => {
    await submitCase(test.bot, anna, ARGUED_CASE);
    const [message] = chat.textOf("#kcc-garage");
    expect(message).toMatch(/Wat de inwoner echt nodig heeft \(klant én eindklant\)\*?\nEen slaapplek voor haar kleinzoon/);
    expect(message).toMatch(/Ruimte binnen de regel\*?\nDe kostendelersnorm kent geen uitzondering/);
    expect(message).toMatch(/Als we niets doen\*?\nZij zegt de kleinzoon de deur te wijzen/);
  });

  it("shows klant or eindklant alone when the need itself was not written", async () => {
    await submitCase(test.bot, anna, { ...GOOD_CASE, customerRole: "end-customer" });
    expect(chat.textOf("#kcc-garage")[0]).toMatch(/Klant of eindklant\*?\neindklant/);
  });

  it("puts the argument in the team's export", async () => {
    await submitCase(test.bot, anna, ARGUED_CASE);
    const [exported] = exportTeam(test.db, "kcc", test.clock.now()).cases;
    expect(exported).toMatchObject({
      citizenNeed: ARGUED_CASE.citizenNeed,
      customerRole: "both",
      roomWithinRule: ARGUED_CASE.roomWithinRule,
      ifNothingIsDone: ARGUED_CASE.ifNothingIsDone,
    });
  });

  it("refuses a citizen's phone number in the new parts and stores nothing", async () => {
    const reply = await submitCase(test.bot, anna, { ...ARGUED_CASE, ifNothingIsDone: "Ze belt dan weer, op 06-12345678." });
    expect(reply).toMatchObject({ kind: "form-errors", errors: { ifNothingIsDone: expect.stringMatching(/telefoonnummer/) } });
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(0);
  });

  it("refuses an anonymous case whose real need repeats the submitter's own answer in the team's thread", async () => {
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    const answered = "Wat mevrouw echt nodig heeft is een slaapplek voor haar kleinzoon, zonder korting op haar aanvulling.";
    await submitAnswer(test.bot, anna, runId, { text: answered });
    const refused = await submitCase(test.bot, anna, { ...ARGUED_CASE, isAnonymous: "true", citizenNeed: answered });
    expect(refused).toMatchObject({ kind: "form-errors", errors: { isAnonymous: expect.stringMatching(/onder je naam/) } });
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(0);
  });
});
