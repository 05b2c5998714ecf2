import { afterEach, describe, expect, it } from "vitest";
import { OPEN_FORM_ACTION } from "../../../adapters/teams/to-interaction.ts";
import { CLEAN_CASE } from "../../support/clean-case.ts";
import { cardButtons, cardOf, cardText, dialogCardOf, readForm } from "./read-card.ts";
import { channelMention, groupChatMessage, personalConversationOf, personalInstall, personalMessage, taskFetch, taskSubmit, teamInstall } from "./teams-activities.ts";
import { CHANNELS, startTeamsHarness, TENANT, type TeamsHarness } from "./teams-harness.ts";

// Teams has no message that only one person in a channel can see: what the core means for one person
// goes to their own chat with the bot, and the channel sees a line that carries nothing of theirs.

const POINTER = "Ik heb je een persoonlijk bericht gestuurd.";
const ANSWER = "Ik belde eerst en de aanvraag was in een dag rond.";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

async function installedInTeam(): Promise<TeamsHarness> {
  const started = await startTeamsHarness();
  for (const activity of teamInstall("lisa")) await started.send(activity);
  return started;
}

/** Anna answers Monday's prompt in the team channel, the way Teams sends it. */
async function annaAnswers(text: string): Promise<void> {
  harness.test.clock.set("2026-03-23T08:00:30Z");
  await harness.test.bot.scheduler.tick();
  const [prompt] = harness.connector.messagesIn(CHANNELS.team);
  const thread = `${CHANNELS.team};messageid=${prompt!.id}`;
  const button = cardButtons(cardOf(prompt!.activity)).find((candidate) => candidate.action === "answer.open")!;
  const form = readForm(dialogCardOf((await harness.send(taskFetch("anna", thread, prompt!.id, button.data))).body))!;
  await harness.send(taskSubmit("anna", thread, { ...form.submitData, text, mayHighlight: "false" }));
}

function textsIn(conversationId: string): string[] {
  return [...harness.connector.messages.values()].filter((message) => message.conversationId === conversationId).map((message) => cardText(cardOf(message.activity)));
}

describe("a notice for one person, asked for in a channel or group chat", () => {
  it("sends `inzage` typed in a channel to the person's own chat, started through the connector, and leaves only a pointer in the thread", async () => {
    harness = await installedInTeam();
    await annaAnswers(ANSWER);
    const mention = channelMention("anna", CHANNELS.team, "casus inzage");
    await harness.send(mention);

    const thread = harness.connector.repliesTo(CHANNELS.team, String(mention.id)).map((reply) => cardText(cardOf(reply.activity)));
    expect(thread).toEqual([POINTER]);
    const [create] = harness.connector.callsTo("POST", "/v3/conversations").filter((call) => !call.conversationId);
    expect(create!.body).toMatchObject({ isGroup: false, members: [{ id: "29:anna" }], tenantId: TENANT });
    const own = textsIn(personalConversationOf("anna"));
    expect(own).toHaveLength(1);
    expect(own[0]).toContain(ANSWER);
  });

  it("uses the person's stored chat, and a notice asked for there stays there", async () => {
    harness = await installedInTeam();
    for (const activity of personalInstall("anna")) await harness.send(activity);
    const welcomed = textsIn(personalConversationOf("anna")).length;
    const mention = channelMention("anna", CHANNELS.team, "casus logboek export");
    await harness.send(mention);
    expect(harness.connector.callsTo("POST", "/v3/conversations").filter((call) => !call.conversationId)).toEqual([]);
    expect(textsIn(personalConversationOf("anna"))).toHaveLength(welcomed + 1);
    expect(harness.connector.repliesTo(CHANNELS.team, String(mention.id)).map((reply) => cardText(cardOf(reply.activity)))).toEqual([POINTER]);

    await harness.send(personalMessage("anna", "casus mijn"));
    const own = textsIn(personalConversationOf("anna"));
    expect(own).toHaveLength(welcomed + 2);
    expect(own.at(-1)).not.toBe(POINTER);
    expect(textsIn(CHANNELS.team)).not.toContain(own.at(-1));
  });

  it("does the same in a group chat", async () => {
    harness = await installedInTeam();
    const chat = "19:overleg-kcc@thread.v2";
    await harness.send(groupChatMessage("anna", chat, "casus mijn"));
    expect(textsIn(chat)).toEqual([POINTER]);
    expect(textsIn(personalConversationOf("anna"))).toEqual(["Je hebt geen lopende casussen."]);
  });

  it("says in the thread, without the data, when the person's own chat cannot be reached", async () => {
    harness = await installedInTeam();
    await annaAnswers(ANSWER);
    harness.connector.failNext(1, { status: 403 }, { method: "POST", pathIncludes: "/v3/conversations" });
    const mention = channelMention("anna", CHANNELS.team, "casus inzage");
    await harness.send(mention);
    const thread = harness.connector.repliesTo(CHANNELS.team, String(mention.id)).map((reply) => cardText(cardOf(reply.activity)));
    expect(thread).toEqual([expect.stringMatching(/^Ik kon je geen persoonlijk bericht sturen\./)]);
    expect(thread.join("\n")).not.toContain(ANSWER);
    expect(textsIn(personalConversationOf("anna"))).toEqual([]);
  });
});

describe("a form opened from a card in a channel", () => {
  it("replaces the card with a neutral line after an anonymous case and sends the receipt privately", async () => {
    harness = await installedInTeam();
    const mention = channelMention("anna", CHANNELS.team, "casus");
    await harness.send(mention);
    const thread = `${CHANNELS.team};messageid=${mention.id}`;
    const [launcher] = harness.connector.repliesTo(CHANNELS.team, String(mention.id));
    const opener = cardButtons(cardOf(launcher!.activity)).find((button) => button.action === OPEN_FORM_ACTION)!;
    const form = readForm(dialogCardOf((await harness.send(taskFetch("anna", thread, launcher!.id, opener.data))).body))!;

    const sent = await harness.send(taskSubmit("anna", thread, { ...form.submitData, ...CLEAN_CASE, isAnonymous: "true" }));
    expect(cardText(dialogCardOf(sent.body))).toMatch(/anoniem.*BON-/s);
    const replaced = harness.connector.messages.get(launcher!.id)!;
    expect(replaced.updates).toBe(1);
    expect(cardText(cardOf(replaced.activity))).toBe("Formulier verstuurd.");
    expect(JSON.stringify(replaced.activity.attachments)).not.toMatch(/G-\d{4}-\d{4}|anoniem|Anna/);
    expect(replaced.activity.entities ?? []).toEqual([]);
    expect(textsIn(personalConversationOf("anna"))).toEqual([expect.stringMatching(/anoniem.*BON-/s)]);
  });
});
