import { describe, expect, it } from "vitest";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { noticeText, pressButton, submitMove } from "../support/core-actions.ts";
import { allText } from "../support/recording-platform.ts";
import { createLearningBot, filledIn, formOf, people } from "./learning-bot.ts";

const { anna, lisa, omar, noor } = people;
const kees: UserRef = { platform: "console", id: "kees" };

describe("the register", () => {
  it("lists open proposals and escalations with their age and addressee, naming a case only to who may read it", async () => {
    const test = createLearningBot();
    const decided = await test.bringIn(anna);
    await test.decide(decided, lisa);
    const opened = await pressButton(test.bot, lisa, "proposal.new", decided);
    await test.bot.handle({ kind: "form-submit", user: lisa, place: {}, formId: "proposal.submit", context: formOf(opened).context, values: filledIn(opened, { proposedText: "Studenten tellen niet mee." }) });
    const escalated = await test.bringIn(omar, { team: "wmo", title: "Hulp na ziekenhuisopname" });
    await pressButton(test.bot, noor, "case.take", escalated);
    await submitMove(test.bot, noor, escalated, "escalate", { escalatedTo: "beleid", question: "Mag de hulp direct starten?", dueOn: "2026-03-30" });
    test.clock.set("2026-04-02T10:00:00Z");

    const forLead = noticeText(await test.bot.handle({ kind: "command", user: noor, place: {}, name: "casus", text: "register" }));
    expect(forLead).toMatch(/Register: wat ligt er buiten de teams\?/);
    expect(forLead).toMatch(/V-2026-0001\* “Kostendelersnorm” · verstuurd bij Beleid Werk en Inkomen, 10 dagen \(besluit gevraagd vóór 2026-04-20\) · 1 casus uit 1 team/);
    expect(forLead).toMatch(/G-2026-0002\* Hulp na ziekenhuisopname \(Wmo-team\) · bij Beleid Werk en Inkomen, 10 dagen \(reactie gevraagd vóór 2026-03-30\) — over tijd/);

    const forColleague = noticeText(await test.bot.handle({ kind: "command", user: kees, place: {}, name: "casus", text: "register" }));
    expect(forColleague).toMatch(/V-2026-0001/);
    expect(forColleague).toMatch(/een casus \(Wmo-team\) · bij Beleid Werk en Inkomen/);
    expect(forColleague).not.toMatch(/G-2026-0002|ziekenhuisopname/);

    const home = await test.bot.handle({ kind: "home-opened", user: kees });
    expect(home.kind === "show-home" ? allText(home.message) : "").toMatch(/Register/);
    expect(noticeText(await pressButton(test.bot, kees, "register.show", ""))).toBe(forColleague);
  });

  it("says so when nothing lies open", async () => {
    const test = createLearningBot();
    expect(noticeText(await test.bot.handle({ kind: "command", user: anna, place: {}, name: "casus", text: "register" }))).toMatch(/Er ligt niets open/);
  });
});
