import { beforeEach, describe, expect, it } from "vitest";
import { moveForm } from "../../src/cases/case-form.ts";
import { OUTCOMES } from "../../src/cases/case-model.ts";
import { listEvents } from "../../src/cases/case-store.ts";
import { exportTeam } from "../../src/operations/export-team.ts";
import { anna, GOOD_CASE, lisa, noticeText, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

let test: TestBot;
let chat: RecordingPlatform;

beforeEach(() => {
  test = createTestBot(testConfig({}, ["console:lisa"]));
  chat = new RecordingPlatform();
  test.bot.connect(chat);
});

/** A case by Anna that Lisa has taken, ready for a decision. */
async function takenCase(values: Partial<typeof GOOD_CASE> = {}): Promise<number> {
  await submitCase(test.bot, anna, { ...GOOD_CASE, ...values });
  const id = test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
  await pressButton(test.bot, lisa, "case.take", id);
  return id;
}

function triageMessage(id: number): string {
  const reference = test.db.prepare("SELECT reference FROM cases WHERE id = ?").pluck().get(id) as string;
  return chat.textOf("#kcc-garage").find((text) => text.startsWith(reference)) ?? "";
}

function row(id: number) {
  return test.db.prepare("SELECT status, outcome, owner, decision_level AS level, public_values AS publicValues FROM cases WHERE id = ?").get(id);
}

const DECISION = {
  outcome: "reasoned-deviation",
  decisionLevel: "mt",
  reasons: "De norm veronderstelt gedeelde kosten; die zijn er niet zolang de kleinzoon geen inkomen heeft.",
  "value-lawfulness": "true",
  "value-human-scale": "true",
  otherValues: "transparantie",
};

describe("a decision", () => {
  it("records its level and the public values weighed, and shows them in the triage message, to the submitter and in the export", async () => {
    const id = await takenCase();
    await submitMove(test.bot, lisa, id, "decide", DECISION);
    expect(row(id)).toMatchObject({ status: "decided", level: "mt", publicValues: "lawfulness,human-scale" });

    const message = triageMessage(id);
    expect(message).toMatch(/Besloten op niveau\*: MT/);
    expect(message).toMatch(/Afgewogen publieke waarden\*: rechtmatigheid, menselijke maat, transparantie/);
    const toAnna = chat.directs.filter((dm) => dm.user.id === "anna").map((dm) => allText(dm.message)).at(-1);
    expect(toAnna).toMatch(/Besloten op niveau\*: MT/);
    expect(toAnna).toMatch(/rechtmatigheid, menselijke maat, transparantie/);
    expect(toAnna).toMatch(/Eigenaar\*: console:lisa/);

    const [exported] = exportTeam(test.db, "kcc", test.clock.now()).cases;
    expect(exported).toMatchObject({ decisionLevel: "mt", publicValues: "lawfulness,human-scale", otherValues: "transparantie", owner: "console:lisa" });
  });

  it("keeps the level and values in the audit trail, where a later decision cannot overwrite them", async () => {
    const id = await takenCase();
    await submitMove(test.bot, lisa, id, "decide", DECISION);
    const note = listEvents(test.db, id).at(-1)?.note ?? "";
    expect(note).toMatch(/^Besluit: beargumenteerd afgeweken, in dit geval · Besloten op niveau: MT · Afgewogen publieke waarden: rechtmatigheid, menselijke maat, transparantie\n/);
    expect(note).toMatch(/gedeelde kosten/);
  });

  it("offers the levels from team to the legislator, starting at the team", () => {
    const level = moveForm("decide", 1, "G-2026-0001", "nl")!.fields.find((field) => field.name === "decisionLevel")!;
    expect(level.choices?.map((choice) => choice.label)).toEqual([
      "team (teamleider of casusoverleg)",
      "afdeling (afdelingshoofd)",
      "MT",
      "college (bestuur)",
      "wetgever of Rijk",
    ]);
    expect(level.initial).toBe("team");
  });

  it("offers a checkbox for each public value and free text for others", () => {
    const fields = moveForm("decide", 1, "G-2026-0001", "nl")!.fields;
    const checkboxes = fields.filter((field) => field.kind === "checkbox").map((field) => field.label);
    expect(checkboxes).toEqual([
      "Afgewogen: rechtmatigheid",
      "Afgewogen: gelijke behandeling",
      "Afgewogen: menselijke maat",
      "Afgewogen: doelmatigheid",
      "Afgewogen: betrouwbaarheid",
    ]);
    expect(fields.find((field) => field.name === "otherValues")).toMatchObject({ kind: "text", isRequired: false });
  });
});

describe("the outcomes of a decision", () => {
  it("offers every outcome of the garage as its own choice, and each can be recorded", async () => {
    const choices = moveForm("decide", 1, "G-2026-0001", "nl")!.fields.find((field) => field.name === "outcome")!.choices!;
    expect(choices).toHaveLength(14);
    expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
    for (const label of [
      /binnen de regels/,
      /beargumenteerd afgeweken/,
      /teamstandaard/,
      /regel of protocol te wijzigen/,
      /signaal aan beleid/,
      /opgeschaald/,
      /tijdelijke maatregel/,
      /regel blijft, uitgelegd/,
      /verder uitzoeken/,
      /partner buiten de organisatie/,
      /pilot of experiment/,
      /goed voorbeeld/,
      /^vastgelopen/,
      /^niet verder opgepakt$/,
    ]) {
      expect(choices.map((choice) => choice.label)).toContainEqual(expect.stringMatching(label));
    }
    for (const outcome of OUTCOMES) {
      const id = await takenCase({ title: `Casus voor ${outcome}` });
      await submitMove(test.bot, lisa, id, "decide", { outcome, reasons: "Besproken in het casusoverleg." });
      expect(row(id)).toMatchObject({ status: "decided", outcome });
    }
  });

  it("keeps 'vastgelopen' apart from 'niet verder opgepakt'", async () => {
    const stranded = await takenCase({ title: "Vastgelopen casus" });
    await submitMove(test.bot, lisa, stranded, "decide", { outcome: "stranded", reasons: "Finance houdt vast aan het extra bewijs." });
    const dropped = await takenCase({ title: "Losgelaten casus" });
    await submitMove(test.bot, lisa, dropped, "decide", { outcome: "not-pursued", reasons: "De inwoner is verhuisd." });
    expect(triageMessage(stranded)).toMatch(/Besluit\*: vastgelopen: stuitte op weerstand/);
    expect(triageMessage(dropped)).toMatch(/Besluit\*: niet verder opgepakt/);
    expect(triageMessage(stranded)).not.toMatch(/niet verder opgepakt/);
  });
});

describe("the owner of a decision", () => {
  it("is the lead who took the case unless the lead names another team member", async () => {
    const id = await takenCase();
    expect(row(id)).toMatchObject({ owner: "console:lisa" });
    await submitMove(test.bot, lisa, id, "decide", { ...DECISION, owner: " console:bram " });
    expect(row(id)).toMatchObject({ status: "decided", owner: "console:bram" });
    expect(triageMessage(id)).toMatch(/Eigenaar: bram/);
    // The audit trail says an owner was named, without the id an erasure could not reach.
    const note = listEvents(test.db, id).at(-1)?.note ?? "";
    expect(note).toMatch(/eigenaar benoemd/);
    expect(note).not.toMatch(/bram/);
  });

  it("is refused when it is not written as platform:id, and the case does not move", async () => {
    const id = await takenCase();
    for (const owner of ["bram", "slack:bram", "teams:29:abc"]) {
      const reply = await submitMove(test.bot, lisa, id, "decide", { ...DECISION, owner });
      expect(reply).toMatchObject({ kind: "form-errors", errors: { owner: expect.stringMatching(/platform:id/) } });
    }
    expect(row(id)).toMatchObject({ status: "in_progress", owner: "console:lisa" });
  });

  it("is never the submitter, unless the submitter names themselves", async () => {
    const id = await takenCase();
    const refused = await submitMove(test.bot, lisa, id, "decide", { ...DECISION, owner: "console:anna" });
    expect(refused).toMatchObject({ kind: "form-errors", errors: { owner: expect.stringMatching(/niet zonder eigen instemming/) } });
    expect(row(id)).toMatchObject({ status: "in_progress", owner: "console:lisa" });

    // A submitter who is a lead as well may take the case on themselves.
    test = createTestBot(testConfig({}, ["console:lisa", "console:anna"]));
    test.bot.connect((chat = new RecordingPlatform()));
    const own = await takenCase();
    const reply = await submitMove(test.bot, anna, own, "decide", { ...DECISION, owner: "console:anna" });
    expect(noticeText(reply)).toMatch(/besloten/);
    expect(row(own)).toMatchObject({ status: "decided", owner: "console:anna" });
  });
});
