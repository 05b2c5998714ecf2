import { afterEach, expect, it } from "vitest";
import { createTeamsDriver } from "../../scenarios/teams-driver.ts";
import type { ScenarioDriver } from "../../scenarios/scenario-driver.ts";
import { expectValidCard } from "./expect-valid-card.ts";
import { cardOf, dialogCardOf } from "./read-card.ts";
import { personalMessage } from "./teams-activities.ts";
import type { TeamsHarness } from "./teams-harness.ts";

let driver: (ScenarioDriver & { harness: TeamsHarness }) | undefined;
afterEach(async () => driver?.close());

it("sends only cards that the Adaptive Cards SDK parses without a problem, in chats and in dialogs", async () => {
  driver = await createTeamsDriver();
  const { harness } = driver;
  const dialogCards: unknown[] = [];
  const send = harness.send;
  harness.send = async (activity) => {
    const response = await send(activity);
    const card = dialogCardOf(response.body);
    if (card) dialogCards.push(card);
    return response;
  };

  driver.clock.set("2026-03-23T08:00:30Z");
  await driver.bot.scheduler.tick();
  const prompt = driver.messagesIn(driver.channels.team)[0]!;
  const answer = await driver.press("anna", prompt, "answer.open");
  await driver.submit("anna", answer.form!, { text: "Eerst gebeld in plaats van een brief.", mayHighlight: "true" });
  const caseForm = (await driver.command("anna", driver.channels.team, "")).form!;
  await driver.submit("anna", caseForm, { title: "Alleen een titel" });
  await driver.submit("anna", caseForm, {
    title: "Kostendelersnorm bij een inwonende student",
    situation: "Kleinzoon woont tijdelijk in.",
    rule: "Kostendelersnorm",
    ruleLevel: "law",
    bedoeling: "Bestaanszekerheid",
    urgency: "high",
    team: "kcc",
  });
  const parent = driver.messagesIn(driver.channels.triage)[0]!;
  await driver.press("lisa", parent, "case.take");
  await driver.press("lisa", driver.messagesIn(driver.channels.triage)[0]!, "case.decide");
  await driver.command("bram", driver.channels.team, "status G-2026-0001");
  await harness.send(personalMessage("anna", "hallo"));
  driver.clock.set("2026-03-27T15:00:30Z");
  await driver.bot.scheduler.tick();

  const sentCards = harness.connector.calls.filter((call) => call.method !== "GET").map((call) => cardOf(call.body)).filter(Boolean);
  expect(sentCards.length).toBeGreaterThan(10);
  expect(dialogCards.length).toBeGreaterThan(4);
  for (const card of [...sentCards, ...dialogCards]) expectValidCard(card);
});
