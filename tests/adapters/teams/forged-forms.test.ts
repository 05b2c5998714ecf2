import { afterEach, describe, expect, it } from "vitest";
import { OPEN_FORM_ACTION } from "../../../adapters/teams/to-interaction.ts";
import { CLEAN_CASE } from "../../support/clean-case.ts";
import { captureLogger, WARN } from "./capture-logger.ts";
import { cardButtons, cardOf, dialogCardOf, dialogMessageOf, readForm, signedStateOf } from "./read-card.ts";
import { channelMention, nextActivityId, taskFetch, taskSubmit, teamInstall } from "./teams-activities.ts";
import { CHANNELS, PEOPLE, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { caseLauncherInChannel } from "./case-launcher.ts";

// The state of a form travels through the Teams client in its submit data, where it can be edited.
// Whatever comes back altered, unsigned, or from someone else than it was opened for stores nothing
// and changes no message.

const REFUSED = /^Dit formulier kan ik niet aannemen/;
const ANSWER = "Een eerlijk antwoord dat nergens mag landen.";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

type Data = Record<string, unknown>;

/** The signed state edited by hand, its old signature kept. */
function tampered(submitData: Data, change: (state: ReturnType<typeof signedStateOf>) => void): Data {
  const signed = String(submitData.form);
  const state = signedStateOf(submitData);
  change(state);
  return { ...submitData, form: `form:${JSON.stringify(state)}${signed.slice(signed.lastIndexOf("."))}` };
}

function count(table: "answers" | "cases" | "case_events"): number {
  return harness.test.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe("a form submitted with state the bot did not sign for that person", () => {
  it("is refused with a friendly sentence, stores nothing and updates no message", async () => {
    const { logger, lines } = captureLogger();
    harness = await startTeamsHarness({ logger });
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    harness.test.clock.set("2026-03-23T08:00:30Z");
    await harness.test.bot.scheduler.tick();
    const [prompt] = harness.connector.messagesIn(CHANNELS.team);
    const promptThread = `${CHANNELS.team};messageid=${prompt!.id}`;
    const answerButton = cardButtons(cardOf(prompt!.activity)).find((button) => button.action === "answer.open")!;
    const answerForm = readForm(dialogCardOf((await harness.send(taskFetch("anna", promptThread, prompt!.id, answerButton.data))).body))!;

    const mention = channelMention("anna", CHANNELS.team, "casus");
    await harness.send(mention);
    const caseThread = `${CHANNELS.team};messageid=${mention.id}`;
    const [launcher] = harness.connector.repliesTo(CHANNELS.team, String(mention.id));
    const opener = cardButtons(cardOf(launcher!.activity)).find((button) => button.action === OPEN_FORM_ACTION)!;
    const caseForm = readForm(dialogCardOf((await harness.send(taskFetch("anna", caseThread, launcher!.id, opener.data))).body))!;
    const callsBefore = harness.connector.calls.length;

    const answer = { ...answerForm.submitData, text: ANSWER, mayHighlight: "true" };
    const forgeries: [string, Data, "anna" | "bram"][] = [
      ["altered context", tampered(answer, (state) => void (state.form.context = JSON.stringify({ run: 999 }))), "anna"],
      ["altered card id", tampered({ ...caseForm.submitData, ...CLEAN_CASE }, (state) => void (state.launcher = prompt!.id)), "anna"],
      ["another person's signed state", answer, "bram"],
      ["unsigned state, as the old cards carried it", { ...answer, form: { form: signedStateOf(answer).form, launcher: prompt!.id } }, "anna"],
      ["state signed for someone else, relabelled", tampered(answer, (state) => void (state.openedFor = PEOPLE.bram.id)), "bram"],
    ];
    for (const [label, data, who] of forgeries) {
      const refused = await harness.send(taskSubmit(who, promptThread, data));
      expect(refused.status, label).toBe(200);
      expect(dialogMessageOf(refused.body), label).toMatch(REFUSED);
    }
    // The same forged state as a plain Action.Submit on a card in the channel.
    const actionSubmit = { ...taskSubmit("anna", promptThread, {}), type: "message", name: undefined, id: nextActivityId(), value: forgeries[0]![1] };
    expect((await harness.send(actionSubmit)).status).toBe(200);

    expect([count("answers"), count("cases"), count("case_events")]).toEqual([0, 0, 0]);
    const sinceForgeries = harness.connector.calls.slice(callsBefore);
    expect(sinceForgeries.filter((call) => call.method !== "GET")).toEqual([]);
    expect(harness.connector.messages.get(prompt!.id)!.updates).toBe(0);
    expect(harness.connector.messages.get(launcher!.id)!.updates).toBe(0);
    const warnings = lines.filter((line) => line.level === WARN && /form submit refused/.test(line.msg));
    expect(warnings.map((line) => line.reason)).toEqual(["altered", "altered", "not-yours", "unsigned", "altered"]);
    expect(JSON.stringify(lines)).not.toContain(ANSWER);

    // The real thing still goes through.
    const genuine = await harness.send(taskSubmit("anna", promptThread, answer));
    expect(dialogMessageOf(genuine.body) ?? "").not.toMatch(REFUSED);
    expect(count("answers")).toBe(1);
  });

  it("leaves someone else's 'Formulier openen' card alone when it is pressed and sent by another person", async () => {
    harness = await startTeamsHarness();
    const { thread, launcher, opener } = await caseLauncherInChannel(harness);
    const bramsForm = readForm(dialogCardOf((await harness.send(taskFetch("bram", thread, launcher!.id, opener.data))).body))!;
    expect(signedStateOf(bramsForm.submitData).launcher).toBeUndefined();
    await harness.send(taskSubmit("bram", thread, { ...bramsForm.submitData, ...CLEAN_CASE }));
    expect(count("cases")).toBe(1);
    expect(harness.connector.messages.get(launcher!.id)!.updates).toBe(0);
    expect(harness.connector.callsTo("PUT")).toEqual([]);
  });
});
