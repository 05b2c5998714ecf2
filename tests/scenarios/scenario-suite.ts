import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActResult, Person, ScenarioDriver, SeenForm, SeenMessage } from "./scenario-driver.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";

// One scenario suite for every adapter, so that features stay at parity (DESIGN.md §4).

function expectForm(result: ActResult, formId: string): SeenForm {
  expect(result.form, `expected form ${formId}, got ${JSON.stringify(result)}`).toBeDefined();
  expect(result.form!.formId).toBe(formId);
  return result.form!;
}

function button(message: SeenMessage, action: string) {
  const found = message.buttons.find((candidate) => candidate.action === action);
  expect(found, `button ${action} on "${message.text.slice(0, 80)}"`).toBeDefined();
  return found!;
}

export function describeScenarios(name: string, makeDriver: () => Promise<ScenarioDriver>): void {
  describe(`scenario on ${name}`, () => {
    let driver: ScenarioDriver;
    beforeEach(async () => {
      driver = await makeDriver();
    });
    afterEach(async () => {
      await driver.close();
    });

    async function postScheduledPrompt(): Promise<SeenMessage> {
      driver.clock.set("2026-03-23T08:00:30Z"); // Monday 09:00 in Amsterdam
      await driver.bot.scheduler.tick();
      const posts = driver.messagesIn(driver.channels.team);
      expect(posts).toHaveLength(1);
      return posts[0]!;
    }

    async function submitCase(person: Person, values: Record<string, string>): Promise<ActResult> {
      const form = expectForm(await driver.command(person, driver.channels.team, ""), "case.submit");
      return driver.submit(person, form, values);
    }

    function caseMessage(): SeenMessage {
      const parents = driver.messagesIn(driver.channels.triage).filter((message) => /G-\d{4}-\d{4}/.test(message.text));
      expect(parents).toHaveLength(1);
      return parents[0]!;
    }

    it("posts the team's prompt on its schedule with an answer button", async () => {
      const prompt = await postScheduledPrompt();
      expect(prompt.text).toMatch(/0 antwoorden/);
      button(prompt, "answer.open");
      await driver.bot.scheduler.tick();
      expect(driver.messagesIn(driver.channels.team)).toHaveLength(1);
    });

    it("stores an answer, shows the live count and lets the author edit it", async () => {
      const prompt = await postScheduledPrompt();
      const form = expectForm(await driver.press("anna", prompt, "answer.open"), "answer.submit");
      const saved = await driver.submit("anna", form, { text: "Vandaag een aanvraag versneld door eerst te bellen.", mayHighlight: "true" });
      expect(saved.notice).toMatch(/opgeslagen/);
      const counted = driver.messagesIn(driver.channels.team)[0]!;
      expect(counted.text).toMatch(/1 antwoord\b/);
      expect(driver.repliesTo(counted).map((reply) => reply.text).join("\n")).toMatch(/eerst te bellen/);

      const again = expectForm(await driver.press("anna", counted, "answer.open"), "answer.submit");
      expect(again.initial.text).toMatch(/eerst te bellen/);
      await driver.submit("anna", again, { text: "Aangepast: eerst bellen scheelde een week.", mayHighlight: "false" });
      const after = driver.messagesIn(driver.channels.team)[0]!;
      expect(after.text).toMatch(/1 antwoord\b/);
      const thread = driver.repliesTo(after).map((reply) => reply.text).join("\n");
      expect(thread).toMatch(/scheelde een week/);
      expect(thread).not.toMatch(/versneld door eerst te bellen/);
    });

    it("refuses a case with a citizen's BSN and says what to remove", async () => {
      const result = await submitCase("anna", { ...CLEAN_CASE, situation: "Mevrouw met BSN 111222333 kreeg een brief." });
      expect(result.errors?.situation).toMatch(/BSN/);
      expect(driver.messagesIn(driver.channels.triage)).toHaveLength(0);
    });

    it("routes a case to the triage thread, lets only a lead move it, and tells the submitter", async () => {
      const submitted = await submitCase("anna", CLEAN_CASE);
      expect(submitted.notice).toMatch(/G-2026-0001/);
      let parent = caseMessage();
      expect(parent.text).toMatch(/ingediend/);
      expect(parent.text).toMatch(/Kostendelersnorm/);

      const refused = await driver.press("bram", parent, "case.take");
      expect(refused.notice).toMatch(/teamleiders/);
      expect(caseMessage().text).toMatch(/ingediend/);

      await driver.press("lisa", parent, "case.take");
      parent = caseMessage();
      expect(parent.text).toMatch(/in behandeling/);
      expect(driver.repliesTo(parent).map((reply) => reply.text).join("\n")).toMatch(/in behandeling/);
      expect(driver.directMessagesTo("anna").join("\n")).toMatch(/G-2026-0001.*in behandeling/s);

      const decideForm = expectForm(await driver.press("lisa", parent, "case.decide"), "case.move");
      const decision = { outcome: "reasoned-deviation", decisionLevel: "mt", "value-human-scale": "true", "value-equal-treatment": "true" };
      const missing = await driver.submit("lisa", decideForm, { ...decision, reasons: "" });
      expect(missing.errors?.reasons).toBeTruthy();
      await driver.submit("lisa", decideForm, {
        ...decision,
        reasons: "De norm veronderstelt gedeelde kosten; die zijn er niet zolang de kleinzoon geen inkomen heeft.",
      });
      parent = caseMessage();
      expect(parent.text).toMatch(/besloten/);
      expect(parent.text).toMatch(/Besloten op niveau\W+MT/);
      expect(parent.text).toMatch(/Afgewogen publieke waarden\W+gelijke behandeling, menselijke maat/);
      const toSubmitter = driver.directMessagesTo("anna").join("\n");
      expect(toSubmitter).toMatch(/gedeelde kosten/);
      expect(toSubmitter).toMatch(/MT/);
      expect(toSubmitter).toMatch(/menselijke maat/);

      const closeForm = expectForm(await driver.press("lisa", parent, "case.close"), "case.move");
      await driver.submit("lisa", closeForm, { closeReason: "Uitgevoerd; mevrouw houdt haar aanvulling." });
      expect(caseMessage().text).toMatch(/gesloten/);
      expect(driver.repliesTo(caseMessage()).length).toBeGreaterThanOrEqual(3);
    });

    it("keeps an anonymous submitter out of every message and lets only them follow the case, with their receipt", async () => {
      const submitted = await submitCase("anna", { ...CLEAN_CASE, isAnonymous: "true" });
      expect(submitted.notice).toMatch(/anoniem/);
      const receipt = /BON(?:-[A-Z2-9]{4}){4}/.exec(submitted.notice ?? "")?.[0];
      expect(receipt, "a receipt code in the notice").toBeDefined();
      // Not posted at the moment of submission: the time it appears must not point at who was busy.
      expect(driver.messagesIn(driver.channels.triage)).toHaveLength(0);
      driver.clock.advanceMinutes(16);
      await driver.bot.scheduler.tick();
      await driver.press("lisa", caseMessage(), "case.take");
      expect(driver.directMessagesTo("anna")).toHaveLength(0);

      const byColleague = await driver.command("bram", driver.channels.team, "status G-2026-0001");
      const byNobody = await driver.command("bram", driver.channels.team, "status G-2026-0099");
      expect(byColleague.notice).not.toMatch(/in behandeling|Kostendelersnorm|kleinzoon/i);
      expect(byColleague.notice?.replace("0001", "0099")).toBe(byNobody.notice);

      const byReceipt = await driver.command("anna", driver.channels.team, `status ${receipt!.toLowerCase()}`);
      expect(byReceipt.notice).toMatch(/G-2026-0001.*in behandeling/s);
      const byLead = await driver.command("lisa", driver.channels.team, "status G-2026-0001");
      expect(byLead.notice).toMatch(/in behandeling/);
    });

    it("sends a decided case as a proposal to an addressee, who alone accepts it with reasons; the answer reaches the case's thread and its submitter", async () => {
      await submitCase("anna", CLEAN_CASE);
      await driver.press("lisa", caseMessage(), "case.take");
      const decideForm = expectForm(await driver.press("lisa", caseMessage(), "case.decide"), "case.move");
      await driver.submit("lisa", decideForm, { outcome: "rule-change-proposed", reasons: "De norm rekent kosten mee die er niet zijn; de regel moet anders." });

      const proposalForm = expectForm(await driver.press("lisa", caseMessage(), "proposal.new"), "proposal.submit");
      expect(proposalForm.initial.rule).toBe(CLEAN_CASE.rule);
      const sent = await driver.submit("lisa", proposalForm, { addressee: "beleid", proposedText: "Studenten zonder inkomen tellen niet mee voor de kostendelersnorm." });
      expect(sent.notice).toMatch(/V-2026-0001/);
      const proposal = () => {
        const messages = driver.messagesIn(driver.channels.addressee);
        expect(messages).toHaveLength(1);
        return messages[0]!;
      };
      expect(proposal().text).toMatch(/V-2026-0001 · Voorstel: Kostendelersnorm/);
      expect(proposal().text).toMatch(/1 casus uit 1 team/);
      expect(proposal().text).toMatch(/Studenten zonder inkomen/);

      const refused = await driver.press("lisa", proposal(), "proposal.accept");
      expect(refused.notice).toMatch(/Alleen Beleid Werk en Inkomen/);
      const acceptForm = expectForm(await driver.press("bram", proposal(), "proposal.accept"), "proposal.move");
      const missing = await driver.submit("bram", acceptForm, { reasons: "" });
      expect(missing.errors?.reasons).toBeTruthy();
      await driver.submit("bram", acceptForm, { reasons: "Past bij de bedoeling van de wet; de werkinstructie gaat per 1 mei om." });

      expect(proposal().text).toMatch(/aangenomen/);
      const thread = driver.repliesTo(caseMessage()).map((reply) => reply.text).join("\n");
      expect(thread).toMatch(/V-2026-0001.*aangenomen/);
      expect(thread).toMatch(/werkinstructie gaat per 1 mei om/);
      expect(driver.directMessagesTo("anna").join("\n")).toMatch(/V-2026-0001 aan Beleid Werk en Inkomen: \*?aangenomen[\s\S]*werkinstructie gaat per 1 mei om/);
    });

    it("sends the team lead a teamleider prompt privately, and the employees nothing", async () => {
      driver.clock.set("2026-04-07T08:00:30Z"); // the first Tuesday of April, 10:00 in Amsterdam
      await driver.bot.scheduler.tick();
      const toLead = driver.directMessagesTo("lisa");
      expect(toLead).toHaveLength(1);
      expect(toLead[0]).toMatch(/teamleider/i);
      expect(driver.directMessagesTo("anna")).toHaveLength(0);
      expect(driver.directMessagesTo("bram")).toHaveLength(0);
      expect(driver.messagesIn(driver.channels.team).map((message) => message.text).join("\n")).not.toMatch(/teamleider/i);
    });

    it("posts a weekly digest with answers and cases", async () => {
      const prompt = await postScheduledPrompt();
      const form = expectForm(await driver.press("anna", prompt, "answer.open"), "answer.submit");
      await driver.submit("anna", form, { text: "Samen met Wmo een oplossing gevonden.", mayHighlight: "true" });
      await submitCase("anna", CLEAN_CASE);
      driver.clock.set("2026-03-27T15:00:30Z"); // Friday 16:00 in Amsterdam
      await driver.bot.scheduler.tick();
      const digest = driver.messagesIn(driver.channels.team).find((message) => /Weekoverzicht/.test(message.text));
      expect(digest, "digest posted").toBeDefined();
      expect(digest!.text).toMatch(/1 vraag gesteld/);
      expect(digest!.text).toMatch(/1 nieuw/);
      expect(digest!.text).toMatch(/Samen met Wmo/);
    });
  });
}
