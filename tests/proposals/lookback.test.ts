import { describe, expect, it } from "vitest";
import type { Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { buildDigest } from "../../src/digest/build-digest.ts";
import { askDueLookbacks } from "../../src/proposals/lookbacks.ts";
import { findTeam } from "../../src/team/find-team.ts";
import { noticeText, pressButton } from "../support/core-actions.ts";
import { allText } from "../support/recording-platform.ts";
import { createLearningBot, formOf, people, type LearningBot } from "./learning-bot.ts";

const { anna, lisa } = people;

const lookbacks = (test: LearningBot) => test.db.prepare("SELECT person, role, due_on AS dueOn, asked_at IS NOT NULL AS isAsked FROM lookbacks ORDER BY id").all();

function buttonValue(test: LearningBot, who: UserRef): string {
  const direct = test.chat.directs.filter((item) => item.user.id === who.id).at(-1)!;
  const block = direct.message.blocks.find((candidate) => candidate.type === "buttons");
  return block?.type === "buttons" ? block.buttons[0]!.value! : "";
}

async function answer(test: LearningBot, who: UserRef, lookbackId: string, values: Record<string, string>): Promise<Reply> {
  const form = formOf(await pressButton(test.bot, who, "lookback.open", lookbackId));
  return test.bot.handle({ kind: "form-submit", user: who, place: {}, formId: form.id, context: form.context, values });
}

describe("a look-back", () => {
  it("is planned for the owner and the named submitter six weeks after the decision, and not for an anonymous one", async () => {
    const test = createLearningBot();
    await test.decide(await test.bringIn(anna), lisa);
    expect(lookbacks(test)).toEqual([
      { person: "console:lisa", role: "owner", dueOn: "2026-05-04", isAsked: 0 },
      { person: "console:anna", role: "submitter", dueOn: "2026-05-04", isAsked: 0 },
    ]);
    await test.bot.handle({ kind: "form-submit", user: anna, place: {}, formId: "case.submit", context: "{}", values: { ...caseValues(), isAnonymous: "true" } });
    test.clock.advanceMinutes(16);
    await test.bot.scheduler.tick();
    await test.decide(test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number, lisa);
    expect(test.db.prepare("SELECT role FROM lookbacks WHERE case_id = 2").pluck().all()).toEqual(["owner"]);
  });

  it("follows the configured number of weeks", async () => {
    const test = createLearningBot({ cases: { lookbackWeeks: 2 } });
    await test.decide(await test.bringIn(anna), lisa);
    expect(test.db.prepare("SELECT DISTINCT due_on FROM lookbacks").pluck().all()).toEqual(["2026-04-06"]);
  });

  it("asks each person privately once on its day, and stores the answer with the case for the digest", async () => {
    const test = createLearningBot();
    await test.decide(await test.bringIn(anna), lisa);
    const before = test.chat.directs.length;
    test.clock.set("2026-05-01T08:00:30Z");
    await test.bot.scheduler.tick();
    expect(test.chat.directs).toHaveLength(before);

    test.clock.set("2026-05-04T08:00:30Z"); // Monday 10:00 in Amsterdam
    await test.bot.scheduler.tick();
    await test.bot.whenIdle();
    const asked = test.chat.directs.slice(before);
    expect(asked.map((item) => item.user.id).sort()).toEqual(["anna", "lisa"]);
    expect(allText(asked[0]!.message)).toMatch(/Terugblik op G-2026-0001[\s\S]*Hielp dat besluit de persoon[\s\S]*Terugblikken/);
    expect(await askDueLookbacks(test.bot.core)).toBe(0);
    await test.bot.scheduler.tick();
    expect(test.chat.directs).toHaveLength(before + 2);

    const annas = buttonValue(test, anna);
    expect(noticeText(await pressButton(test.bot, lisa, "lookback.open", annas))).toMatch(/aan iemand anders gevraagd/);
    const leaky = await answer(test, anna, annas, { helped: "deels", ruleChanged: "nee", note: "Bel haar op 06-12345678." });
    expect(leaky).toMatchObject({ kind: "form-errors", errors: { note: expect.stringMatching(/telefoonnummer/) } });
    expect(noticeText(await answer(test, anna, annas, { helped: "deels", ruleChanged: "nee", note: "Ze hield haar aanvulling; de regel zelf staat nog." }))).toMatch(/bewaard bij de casus/);
    expect(test.db.prepare("SELECT helped, rule_changed AS ruleChanged, note FROM lookbacks WHERE person = 'console:anna'").get()).toEqual({
      helped: "deels",
      ruleChanged: "nee",
      note: "Ze hield haar aanvulling; de regel zelf staat nog.",
    });

    const inzage = await test.bot.handle({ kind: "command", user: anna, place: {}, name: "casus", text: "inzage" });
    expect(inzage.kind === "notice" ? allText(inzage.message) : "").toMatch(/Je terugblikken\*\n- G-2026-0001: hielp deels, regel of werkwijze veranderd nee — Ze hield/);

    const core = test.bot.core;
    const digest = allText(await buildDigest(core, findTeam(core, "kcc")!, { start: new Date("2026-04-30T00:00:00Z"), end: new Date("2026-05-08T00:00:00Z") }));
    expect(digest).toMatch(/Terugblikken: 1 · hielp het: ja 0, deels 1, nee 0 · regel of werkwijze veranderd: ja 0, deels 0, nee 1/);
    expect(digest).not.toMatch(/aanvulling; de regel zelf/);
  });
});

function caseValues(): Record<string, string> {
  return { title: "Tweede casus", situation: "Een inwoner met een tijdelijke huisgenoot.", rule: "Kostendelersnorm", ruleLevel: "law", bedoeling: "Bestaanszekerheid.", urgency: "normal", team: "kcc" };
}
