import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { buildDigest } from "../../src/digest/build-digest.ts";
import { buildOrganisationDigest } from "../../src/digest/organisation-digest.ts";
import { pressButton, submitMove } from "../support/core-actions.ts";
import { allText } from "../support/recording-platform.ts";
import { createLearningBot, filledIn, formOf, people, type LearningBot } from "../proposals/learning-bot.ts";

const { anna, lisa, omar, noor, bram } = people;
const WEEK = { start: new Date("2026-03-20T00:00:00Z"), end: new Date("2026-03-27T15:00:00Z") };

async function submit(test: LearningBot, user: UserRef, opened: Awaited<ReturnType<typeof pressButton>>, values: Record<string, string>) {
  const form = formOf(opened);
  await test.bot.handle({ kind: "form-submit", user, place: {}, formId: form.id, context: form.context, values: filledIn(opened, values) });
  await test.bot.whenIdle();
}

/** A week beyond the teams: one proposal accepted, one waiting, and an escalation waiting past its day. */
async function busyWeek(): Promise<LearningBot> {
  const test = createLearningBot({ organisation: { name: "Gemeente Voorbeeld", digest: { schedule: "30 16 * * 5" } } });
  const accepted = await test.bringIn(anna);
  await test.decide(accepted, lisa);
  await submit(test, lisa, await pressButton(test.bot, lisa, "proposal.new", accepted), { proposedText: "Studenten tellen niet mee." });
  await submit(test, bram, await pressButton(test.bot, bram, "proposal.accept", 1), { reasons: "De werkinstructie wordt per 1 mei aangepast." });
  const waiting = await test.bringIn(anna, { rule: "Protocol klantdossier", title: "Alle vragen registreren" });
  await test.decide(waiting, lisa);
  await submit(test, lisa, await pressButton(test.bot, lisa, "proposal.new", waiting), { proposedText: "Alleen vastleggen wat opvolging vraagt.", reviewOn: "2026-03-25" });
  const escalated = await test.bringIn(omar, { team: "wmo", title: "Huishoudelijke hulp na ziekenhuisopname" });
  await pressButton(test.bot, noor, "case.take", escalated);
  await submitMove(test.bot, noor, escalated, "escalate", { escalatedTo: "beleid", question: "Mag de hulp direct starten?", interimMeasure: "We starten met een week hulp.", dueOn: "2026-03-25" });
  test.clock.set(WEEK.end);
  return test;
}

describe("the digests, on what went beyond the teams", () => {
  it("show a team its proposals decided (with reasons) and waiting (with age), and its escalations waiting", async () => {
    const test = await busyWeek();
    const kcc = allText(await buildDigest(test.bot.core, findTeam(test.bot.core, "kcc")!, WEEK));
    expect(kcc).toMatch(/Wat is ermee gebeurd\?/);
    expect(kcc).toMatch(/Voorstellen: 2 nieuw · 1 besloten · 1 wachtend/);
    expect(kcc).toMatch(/V-2026-0001\* “Kostendelersnorm” \(Beleid Werk en Inkomen\): \*aangenomen\* — De werkinstructie wordt per 1 mei aangepast/);
    expect(kcc).toMatch(/V-2026-0002\* “Protocol klantdossier” wacht bij Beleid Werk en Inkomen, 4 dagen — over tijd/);
    expect(kcc).not.toMatch(/Huishoudelijke hulp/);
    const wmo = allText(await buildDigest(test.bot.core, findTeam(test.bot.core, "wmo")!, WEEK));
    expect(wmo).toMatch(/Escalaties: 1 nieuw · 0 met reactie · 1 wachtend/);
    expect(wmo).toMatch(/G-2026-0003\* Huishoudelijke hulp na ziekenhuisopname \(Wmo-team\) · bij Beleid Werk en Inkomen, 4 dagen \(reactie gevraagd vóór 2026-03-25\) — over tijd/);
  });

  it("lead the organisation digest: what became of it, then what waits, with due dates and interim measures", async () => {
    const test = await busyWeek();
    const digest = allText(buildOrganisationDigest(test.bot.core, WEEK));
    const first = digest.indexOf("Wat is ermee gebeurd?");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(digest.indexOf("Wacht op het MT"));
    expect(digest.indexOf("Wacht op het MT")).toBeLessThan(digest.indexOf("Besloten, met onderbouwing"));
    expect(digest).toMatch(/Voorstellen: 2 nieuw · 1 besloten · 1 wachtend/);
    expect(digest).toMatch(/Escalaties: 1 nieuw · 0 met reactie · 1 wachtend/);
    expect(digest).toMatch(/G-2026-0003\* .*Beleid Werk en Inkomen, \d werkdagen \(reactie gevraagd vóór 2026-03-25; intussen: We starten met een week hulp\.\)/);
    expect(digest).not.toMatch(/antwoord|kanaalleden/);
  });
});
