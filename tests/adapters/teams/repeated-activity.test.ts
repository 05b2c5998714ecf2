import { afterEach, describe, expect, it } from "vitest";
import { dialogCardOf, readForm } from "./read-card.ts";
import { channelMention, taskFetch, taskSubmit, teamInstall } from "./teams-activities.ts";
import { CHANNELS, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { caseLauncherInChannel } from "./case-launcher.ts";

// The adapter names an activity by its id and conversation (deliveryKeys); the core handles it once.
describe("a Teams activity delivered again with the same id", () => {
  let harness: TeamsHarness;
  afterEach(async () => harness?.close());

  it("stores one case and replaces the form's card once when the same submit arrives twice", async () => {
    harness = await startTeamsHarness();
    const { thread, launcher, opener } = await caseLauncherInChannel(harness);
    const form = readForm(dialogCardOf((await harness.send(taskFetch("anna", thread, launcher!.id, opener.data))).body))!;

    const values = { title: "Kostendelersnorm", situation: "Tijdelijk inwonend.", rule: "Kostendelersnorm", ruleLevel: "law", bedoeling: "Bestaanszekerheid" };
    const submit = taskSubmit("anna", thread, { ...form.submitData, ...values, urgency: "high", team: "kcc", isAnonymous: "false" });
    const first = await harness.send(submit);
    const again = await harness.send(submit);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(JSON.stringify(first.body)).toMatch(/G-2026-0001/);
    expect(JSON.stringify(again.body ?? null)).not.toMatch(/G-2026/);
    expect(harness.test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(1);
    expect(harness.connector.messages.get(launcher!.id)!.updates).toBe(1);
  });

  it("answers a channel message once when Teams sends it twice", async () => {
    harness = await startTeamsHarness();
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    const mention = channelMention("anna", CHANNELS.team, "casus mijn");
    await harness.send(mention);
    await harness.send(mention);
    expect(harness.connector.repliesTo(CHANNELS.team, String(mention.id))).toHaveLength(1);
  });
});
