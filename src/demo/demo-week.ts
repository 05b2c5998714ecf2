import type { RunningBot } from "../composition/create-bot.ts";
import type { Interaction, Reply, UserRef } from "../chat/vocabulary.ts";
import type { FakeClock } from "../time/clock.ts";
import { localMinuteKey } from "../time/local-time.ts";
import { firstAnswerIdOf, latestCaseId, latestRunId } from "./demo-queries.ts";

const person = (id: string): UserRef => ({ platform: "console", id });

/** The script of one week at the KCC: prompts, answers, a case through its lifecycle, the digest. */
export async function playWeek(bot: RunningBot, clock: FakeClock, write: (text: string) => void): Promise<void> {
  const at = async (utc: string, label: string) => {
    clock.set(utc);
    write(`\n######## ${localMinuteKey(clock.now(), bot.core.config.timezone).replace("T", " ")} · ${label}`);
    await bot.scheduler.tick();
  };
  const act = async (interaction: Interaction, who: string): Promise<Reply> => {
    const reply = await bot.handle(interaction);
    if (reply.kind === "notice") write(`[alleen voor ${who}] ${reply.message.text}`);
    if (reply.kind === "form-errors") write(`[formulierfout voor ${who}] ${Object.values(reply.errors).join(" ")}`);
    return reply;
  };
  const answer = (id: string, runId: number, text: string) =>
    act({ kind: "form-submit", user: person(id), place: {}, formId: "answer.submit", context: JSON.stringify({ run: runId }), values: { text, mayHighlight: "true" } }, id);

  await at("2026-03-23T08:00:00Z", "maandagochtend: de vraag van de week");
  const runId = latestRunId(bot.core.db, "kcc");

  await at("2026-03-23T10:12:00Z", "antwoorden komen binnen");
  await answer("anna", runId, "Bij een paspoortaanvraag moest ik weer alle klantvragen registreren. Dat dient de klant niet.");
  await answer("bram", runId, "Een inwoner teruggebeld in plaats van een brief gestuurd; scheelde hem een week wachten.");
  await at("2026-03-24T07:40:00Z", "dinsdag");
  await answer("sara", runId, "Samen met de Wmo-consulent gekeken wat er wél kon.");
  await at("2026-03-24T09:00:00Z", "dinsdag 10:00: de vraag van het Wmo-team (privé)");

  const annasAnswer = firstAnswerIdOf(bot.core.db, "console:anna");
  await act({ kind: "button", user: person("anna"), place: {}, action: "case.from-answer", value: String(annasAnswer) }, "anna");
  write("anna vult het casusformulier in, eerst met een telefoonnummer erin:");
  const caseValues = {
    title: "Klantdossier: alle vragen registreren bij paspoortaanvraag",
    situation: "Bij een eenvoudige paspoortverlenging moet ik alle klantvragen registreren. Bel 06-12345678 voor details.",
    rule: "Protocol klantdossier KCC",
    ruleLevel: "internal-guideline",
    bedoeling: "Informatie vastleggen die iemand later helpt; bij een paspoort helpt het niemand.",
    unwantedEffect: "Langere gesprekken en ergernis, zonder dat iemand de informatie gebruikt.",
    proposal: "Alleen vastleggen wat opvolging nodig heeft; principes samen met het KCC opstellen.",
    urgency: "normal",
    team: "kcc",
    isAnonymous: "false",
  };
  const submit = (values: Record<string, string>) =>
    act({ kind: "form-submit", user: person("anna"), place: {}, formId: "case.submit", context: JSON.stringify({ answer: annasAnswer }), values }, "anna");
  await submit(caseValues);
  await submit({ ...caseValues, situation: "Bij een eenvoudige paspoortverlenging moet ik alle klantvragen registreren." });
  const caseId = latestCaseId(bot.core.db);

  await at("2026-03-24T12:30:00Z", "bram probeert de casus op te pakken");
  await act({ kind: "button", user: person("bram"), place: {}, action: "case.take", value: String(caseId) }, "bram");
  await at("2026-03-24T13:00:00Z", "lisa (teamleider) pakt hem op");
  await act({ kind: "button", user: person("lisa"), place: {}, action: "case.take", value: String(caseId) }, "lisa");
  await at("2026-03-25T09:00:00Z", "woensdag: in de garage");
  await act({ kind: "button", user: person("lisa"), place: {}, action: "case.garage", value: String(caseId) }, "lisa");
  await at("2026-03-26T14:00:00Z", "donderdag: besluit");
  const move = (values: Record<string, string>, moveName: string) =>
    act({ kind: "form-submit", user: person("lisa"), place: {}, formId: "case.move", context: JSON.stringify({ case: caseId, move: moveName }), values }, "lisa");
  await move({ outcome: "rule-change-proposed", reasons: "" }, "decide");
  await move(
    { outcome: "rule-change-proposed", reasons: "Het protocol is een interne afspraak; voorstel aan het MT: alleen vastleggen wat opvolging nodig heeft. Tot dan vragen we bij paspoorten niet door." },
    "decide",
  );
  await at("2026-03-27T15:00:00Z", "vrijdagmiddag: het weekoverzicht per team");
  await at("2026-03-27T15:30:00Z", "en het overzicht van alle teams voor het MT");
}
