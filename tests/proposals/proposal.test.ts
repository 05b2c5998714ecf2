import { beforeEach, describe, expect, it } from "vitest";
import type { Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { noticeText, pressButton } from "../support/core-actions.ts";
import { createLearningBot, filledIn, formOf, people, type LearningBot } from "./learning-bot.ts";

const { anna, lisa, omar, noor, bram } = people;
let test: LearningBot;

beforeEach(() => {
  test = createLearningBot();
});

async function submitForm(user: UserRef, formId: string, context: string, values: Record<string, string>): Promise<Reply> {
  const reply = await test.bot.handle({ kind: "form-submit", user, place: {}, formId, context, values });
  await test.bot.whenIdle();
  return reply;
}

/** Lisa turns a decided case into a proposal to "beleid"; returns the proposal's id. */
async function propose(caseId: number, values: Record<string, string> = {}): Promise<number> {
  const opened = await pressButton(test.bot, lisa, "proposal.new", caseId);
  const form = formOf(opened);
  const reply = await submitForm(lisa, form.id, form.context, filledIn(opened, { proposedText: "Studenten zonder inkomen tellen niet mee voor de norm.", ...values }));
  expect(noticeText(reply)).toMatch(/V-2026-\d{4}/);
  return test.db.prepare("SELECT max(id) FROM proposals").pluck().get() as number;
}

function proposalMessage(): string {
  const messages = test.channel("#beleid");
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

async function answer(user: UserRef, proposalId: number, move: string, values: Record<string, string>): Promise<Reply> {
  const opened = await pressButton(test.bot, user, `proposal.${move}`, proposalId);
  if (opened.kind !== "open-form") return opened;
  return submitForm(user, opened.form.id, opened.form.context, values);
}

describe("a proposal", () => {
  it("turns a decided case into a message of its own in the addressee's channel, with buttons, and tells the case's thread and submitter", async () => {
    const caseId = await test.bringIn(anna);
    await test.decide(caseId, lisa);
    expect(test.chat.textOf("#kcc-garage")[0]).toMatch(/Voorstel maken/);
    await propose(caseId);

    const message = proposalMessage();
    expect(message).toMatch(/V-2026-0001 · Voorstel: Kostendelersnorm/);
    expect(message).toMatch(/Aan: Beleid Werk en Inkomen/);
    expect(message).toMatch(/Draagt: 1 casus uit 1 team/);
    expect(message).toMatch(/Studenten zonder inkomen tellen niet mee/);
    expect(message).toMatch(/Bestaanszekerheid/);
    expect(message).toMatch(/G-2026-0001.*Kleinzoon/);
    expect(message).toMatch(/In behandeling nemen.*Aannemen.*Afwijzen.*Intrekken.*Dit speelt bij ons ook/s);
    expect(test.thread(test.caseMessageId(caseId))).toMatch(/Voorstel \*V-2026-0001\* aan Beleid Werk en Inkomen: \*verstuurd\*/);
    expect(test.directsTo(anna)).toMatch(/G-2026-0001.*V-2026-0001.*verstuurd/s);
  });

  it("is made only of a decided case, by its own team's leads", async () => {
    const caseId = await test.bringIn(anna);
    expect(noticeText(await pressButton(test.bot, lisa, "proposal.new", caseId))).toMatch(/besloten casus/);
    await test.decide(caseId, lisa);
    expect(noticeText(await pressButton(test.bot, noor, "proposal.new", caseId))).toMatch(/Alleen de teamleiders/);
    await propose(caseId);
    expect(noticeText(await pressButton(test.bot, lisa, "proposal.new", caseId))).toMatch(/zit al in voorstel V-2026-0001/);
  });

  it("cannot be accepted by someone who does not answer for the addressee, and the refusal is kept", async () => {
    const caseId = await test.bringIn(anna);
    await test.decide(caseId, lisa);
    const proposalId = await propose(caseId);
    for (const who of [lisa, anna]) {
      expect(noticeText(await pressButton(test.bot, who, "proposal.accept", proposalId))).toMatch(/Alleen Beleid Werk en Inkomen en beheerders/);
    }
    const forged = await submitForm(lisa, "proposal.move", JSON.stringify({ proposal: proposalId, move: "accept" }), { reasons: "Zelf maar aangenomen." });
    expect(noticeText(forged)).toMatch(/Alleen Beleid Werk en Inkomen/);
    expect(test.db.prepare("SELECT status FROM proposals").pluck().get()).toBe("sent");
    expect(test.db.prepare("SELECT count(*) FROM proposal_events WHERE kind = 'refused'").pluck().get()).toBe(3);
  });

  it("is accepted only with reasons, and the answer reaches every linked case's thread and submitter", async () => {
    const caseId = await test.bringIn(anna);
    await test.decide(caseId, lisa);
    const proposalId = await propose(caseId);
    expect(noticeText(await pressButton(test.bot, bram, "proposal.take", proposalId))).toMatch(/in behandeling/);
    const missing = await answer(bram, proposalId, "accept", { reasons: " " });
    expect(missing).toMatchObject({ kind: "form-errors", errors: { reasons: expect.any(String) } });
    await answer(bram, proposalId, "accept", { reasons: "Past binnen de bedoeling van de Participatiewet; de werkinstructie wordt aangepast." });

    expect(proposalMessage()).toMatch(/Status: aangenomen/);
    expect(proposalMessage()).not.toMatch(/Aannemen/);
    const thread = test.thread(test.caseMessageId(caseId));
    expect(thread).toMatch(/V-2026-0001\* aan Beleid Werk en Inkomen: \*aangenomen\*/);
    expect(thread).toMatch(/werkinstructie wordt aangepast/);
    expect(test.directsTo(anna)).toMatch(/V-2026-0001 aan Beleid Werk en Inkomen: \*aangenomen\*[\s\S]*werkinstructie wordt aangepast/);
    const history = test.db.prepare("SELECT to_status FROM proposal_events WHERE kind = 'move' ORDER BY id").pluck().all();
    expect(history).toEqual(["sent", "in_progress", "accepted"]);
  });

  it("lets a lead of another team add their own case, and then shows the cases and teams it carries", async () => {
    const kccCase = await test.bringIn(anna);
    await test.decide(kccCase, lisa);
    const proposalId = await propose(kccCase);
    const wmoCase = await test.bringIn(omar, { team: "wmo", title: "Inwonende student bij Wmo-aanvraag" });

    const opened = await pressButton(test.bot, noor, "proposal.join", proposalId);
    const choices = formOf(opened).fields[0]!.choices!.map((choice) => choice.value);
    expect(choices).toEqual([String(wmoCase)]);
    const forged = await submitForm(noor, "proposal.add-case", JSON.stringify({ proposal: proposalId }), { case: String(kccCase) });
    expect(forged).toMatchObject({ kind: "form-errors" });
    expect(noticeText(await submitForm(noor, "proposal.add-case", formOf(opened).context, { case: String(wmoCase) }))).toMatch(/G-2026-0002 hoort nu bij voorstel V-2026-0001/);

    expect(proposalMessage()).toMatch(/Draagt: 2 casussen uit 2 teams/);
    expect(test.thread(test.chat.posts.find((post) => post.ref.conversationId === "#beleid")!.ref.messageId)).toMatch(/Wmo-team voegde een casus toe/);
    expect(test.thread(test.caseMessageId(wmoCase))).toMatch(/V-2026-0001/);
    await answer(bram, proposalId, "reject", { reasons: "De wet laat hier geen ruimte; we vragen het Rijk om een signaal." });
    expect(test.thread(test.caseMessageId(wmoCase))).toMatch(/afgewezen[\s\S]*geen ruimte/);
    expect(test.directsTo(omar)).toMatch(/G-2026-0002.*afgewezen/s);
    expect(noticeText(await pressButton(test.bot, anna, "proposal.join", proposalId))).toMatch(/Alleen teamleiders/);
  });

  it("takes a whole rode draad along: every case with the rule, across teams", async () => {
    const first = await test.bringIn(anna);
    const second = await test.bringIn(omar, { team: "wmo", rule: "kostendelersnorm." });
    await test.decide(first, lisa);
    const opened = await pressButton(test.bot, lisa, "proposal.new", first);
    const scope = formOf(opened).fields.find((field) => field.name === "scope")!;
    expect(scope.choices!.map((choice) => choice.label)).toEqual(["Alleen deze casus (G-2026-0001)", "De rode draad: alle 2 casussen met deze regel (2 teams)"]);
    await submitForm(lisa, "proposal.submit", formOf(opened).context, filledIn(opened, { proposedText: "Norm niet toepassen op studenten.", scope: "thread" }));
    expect(proposalMessage()).toMatch(/Draagt: 2 casussen uit 2 teams/);
    expect(test.thread(test.caseMessageId(second))).toMatch(/V-2026-0001/);
  });

  it("is withdrawn only by the leads of the team that made it", async () => {
    const caseId = await test.bringIn(anna);
    await test.decide(caseId, lisa);
    const proposalId = await propose(caseId);
    expect(noticeText(await answer(bram, proposalId, "withdraw", { reasons: "x" }))).toMatch(/Alleen de teamleiders van het team dat het voorstel deed/);
    await answer(lisa, proposalId, "withdraw", { reasons: "Het MT pakt dit al op in een bredere herziening." });
    expect(proposalMessage()).toMatch(/Status: ingetrokken/);
    expect(noticeText(await answer(bram, proposalId, "accept", { reasons: "Toch ja." }))).toMatch(/al ingetrokken/);
  });

  it("shows its answer to an anonymous submitter through the receipt", async () => {
    const reply = await test.bot.handle({ kind: "form-submit", user: anna, place: {}, formId: "case.submit", context: "{}", values: { ...filledCase(), isAnonymous: "true" } });
    const receipt = /BON(?:-[A-Z2-9]{4}){4}/.exec(noticeText(reply))![0];
    test.clock.advanceMinutes(16);
    await test.bot.scheduler.tick();
    const caseId = test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
    await test.decide(caseId, lisa);
    const proposalId = await propose(caseId);
    await answer(bram, proposalId, "amend", { amendment: "Alleen voor studenten tot 27 jaar.", reasons: "Zo blijft de norm voor werkende inwonenden gelden." });
    const status = await test.bot.handle({ kind: "command", user: anna, place: {}, name: "casus", text: `status ${receipt}` });
    expect(noticeText(status)).toMatch(/Voorstel \*V-2026-0001\* aan Beleid Werk en Inkomen: \*aangepast aangenomen\*/);
    expect(noticeText(status)).toMatch(/Alleen voor studenten tot 27 jaar/);
    expect(test.directsTo(anna)).toBe("");
  });
});

function filledCase(): Record<string, string> {
  return {
    title: "Kleinzoon tijdelijk inwonend",
    situation: "Alleenstaande oudere met AOW; haar kleinzoon woont tijdelijk bij haar zonder inkomen.",
    rule: "Kostendelersnorm",
    ruleLevel: "law",
    bedoeling: "Bestaanszekerheid.",
    urgency: "normal",
    team: "kcc",
  };
}
