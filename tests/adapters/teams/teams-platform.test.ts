import { afterEach, describe, expect, it } from "vitest";
import { textMessage, type Message } from "../../../src/chat/vocabulary.ts";
import { findPersonalConversation, listUnreachable } from "../../../src/storage/conversations.ts";
import { captureLogger, WARN } from "./capture-logger.ts";
import { channelMention, personalConversationOf, personalInstall, teamInstall } from "./teams-activities.ts";
import { CHANNELS, PEOPLE, startTeamsHarness, TENANT, type HarnessOptions, type TeamsHarness } from "./teams-harness.ts";
import { cardOf, cardText } from "./read-card.ts";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

async function installed(options: HarnessOptions = {}): Promise<TeamsHarness> {
  harness = await startTeamsHarness(options);
  for (const activity of teamInstall("lisa")) await harness.send(activity);
  harness.connector.calls.length = 0;
  return harness;
}

const prompt: Message = { text: "Vraag van de week", blocks: [{ type: "heading", text: "Vraag van de week" }, { type: "text", text: "0 antwoorden" }] };
const textOf = (id: string) => cardText(cardOf(harness.connector.messages.get(id)!.activity));

describe("the Teams platform posting on its own", () => {
  it("posts through the stored reference to its service URL", async () => {
    await installed();
    const ref = await harness.adapter.platform.post(CHANNELS.triage, prompt);
    expect(ref).toEqual({ platform: "msteams", conversationId: CHANNELS.triage, messageId: expect.any(String) });
    expect(harness.connector.calls).toMatchObject([{ method: "POST", conversationId: CHANNELS.triage, status: 201 }]);
    expect(textOf(ref.messageId)).toBe("Vraag van de week\n0 antwoorden");
  });

  it("replies in a message's thread and updates messages in place, replies too", async () => {
    await installed();
    const parent = await harness.adapter.platform.post(CHANNELS.triage, prompt);
    const reply = await harness.adapter.platform.post(CHANNELS.triage, textMessage("Eerste antwoord"), parent.messageId);
    expect(harness.connector.repliesTo(CHANNELS.triage, parent.messageId).map((message) => message.id)).toEqual([reply.messageId]);
    await harness.adapter.platform.update(parent, textMessage("1 antwoord"));
    await harness.adapter.platform.update(reply, textMessage("Aangepast antwoord"));
    expect([textOf(parent.messageId), textOf(reply.messageId)]).toEqual(["1 antwoord", "Aangepast antwoord"]);
    expect(harness.connector.callsTo("PUT").map((call) => call.conversationId)).toEqual([CHANNELS.triage, `${CHANNELS.triage};messageid=${parent.messageId}`]);
  });

  it.each([403, 404])("marks a conversation unreachable on %i, warns operators, and does not knock again until reinstalled", async (status) => {
    const { logger, lines } = captureLogger();
    await installed({ logger });
    harness.connector.failNext(1, { status });
    await expect(harness.adapter.platform.post(CHANNELS.team, prompt)).rejects.toMatchObject({ code: "teams_conversation_unreachable", status });
    expect(harness.connector.calls).toHaveLength(1);
    expect(listUnreachable(harness.test.db).map((conversation) => conversation.conversationId)).toEqual([CHANNELS.team]);
    expect(lines.filter((line) => line.level === WARN && /unreachable/.test(line.msg))).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain("0 antwoorden");

    await expect(harness.adapter.platform.post(CHANNELS.team, prompt)).rejects.toMatchObject({ code: "teams_conversation_unreachable" });
    expect(harness.connector.calls).toHaveLength(1);
    expect(harness.adapter.health().detail).toMatch(/1 unreachable/);

    for (const activity of teamInstall("lisa")) await harness.send(activity);
    await expect(harness.adapter.platform.post(CHANNELS.team, prompt)).resolves.toMatchObject({ conversationId: CHANNELS.team });
  });

  it("leaves a message Teams no longer has gone, without posting it anew or giving up the conversation", async () => {
    await installed();
    const missing = { platform: "msteams" as const, conversationId: CHANNELS.team, messageId: "1234" };
    await expect(harness.adapter.platform.update(missing, prompt)).resolves.toBeUndefined();
    expect(harness.connector.calls.map((call) => `${call.method} ${call.status}`)).toEqual(["PUT 404"]);
    expect(harness.connector.messagesIn(CHANNELS.team)).toEqual([]);
    expect(listUnreachable(harness.test.db)).toEqual([]);
  });

  it("waits out a 429 as its Retry-After asks and delivers exactly one message", async () => {
    await installed();
    harness.connector.failNext(1, { status: 429, retryAfter: "1" });
    await harness.adapter.platform.post(CHANNELS.team, prompt);
    expect(harness.waits).toEqual([1000]);
    expect(harness.connector.calls.map((call) => call.status)).toEqual([429, 201]);
    expect(harness.connector.messagesIn(CHANNELS.team)).toHaveLength(1);
  });

  it("retries a server error and posts once; a hanging post is left to the outbox, not repeated", async () => {
    await installed();
    harness.connector.failNext(1, { status: 502 });
    await harness.adapter.platform.post(CHANNELS.team, prompt);
    expect(harness.connector.calls.map((call) => call.status)).toEqual([502, 201]);
    harness.connector.failNext(1, { hang: true });
    await expect(harness.adapter.platform.post(CHANNELS.team, prompt)).rejects.toMatchObject({ code: "teams_delivery_unknown" });
    expect(harness.connector.calls.map((call) => call.status)).toEqual([502, 201, 0]);
  });

  it("reports delivery as failed when every attempt fails", async () => {
    await installed();
    harness.connector.failNext(10, { status: 500 });
    await expect(harness.adapter.platform.post(CHANNELS.team, prompt)).rejects.toMatchObject({ code: "teams_delivery_failed" });
    expect(listUnreachable(harness.test.db)).toEqual([]);
  });

  it("paces posts to one conversation to its limits, and not others", async () => {
    let now = 0;
    const sleeps: number[] = [];
    const time = { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
    await installed({ delivery: { limits: [{ limit: 2, windowMs: 1000 }], time } });
    for (let index = 0; index < 3; index++) await harness.adapter.platform.post(CHANNELS.team, prompt);
    await harness.adapter.platform.post(CHANNELS.triage, prompt);
    expect(sleeps).toEqual([1000]);
  });

  it("says so when the app was never installed where it should post", async () => {
    await installed();
    await expect(harness.adapter.platform.post("19:elders@thread.tacv2", prompt)).rejects.toMatchObject({ code: "teams_conversation_unknown" });
    expect(harness.connector.calls).toEqual([]);
  });
});

describe("the Teams platform and people", () => {
  it("sends a direct message in the person's own chat", async () => {
    await installed();
    for (const activity of personalInstall("anna")) await harness.send(activity);
    await harness.adapter.platform.sendDirect({ platform: "msteams", id: "29:anna" }, textMessage("Je casus is besloten."));
    const texts = harness.connector.messagesIn(personalConversationOf("anna")).map((message) => cardText(cardOf(message.activity)));
    expect(texts.at(-1)).toBe("Je casus is besloten.");
  });

  it("starts a personal chat with the stored tenant when none is known, and keeps it", async () => {
    await installed();
    await harness.adapter.platform.sendDirect({ platform: "msteams", id: "29:bram" }, textMessage("Herinnering"));
    const [create] = harness.connector.callsTo("POST", "/v3/conversations").filter((call) => !call.conversationId);
    expect(create!.body).toMatchObject({ isGroup: false, members: [{ id: "29:bram" }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } });
    expect(harness.connector.messagesIn(personalConversationOf("bram"))).toHaveLength(1);
    expect(findPersonalConversation(harness.test.db, "msteams", "msteams:29:bram")?.conversationId).toBe(personalConversationOf("bram"));
  });

  it("counts a channel's members across pages", async () => {
    await installed();
    const many = Array.from({ length: 1203 }, (_, index) => ({ id: `29:m${index}`, name: `M${index}` }));
    harness.connector.members.set(CHANNELS.team, many);
    expect(await harness.adapter.platform.countMembers(CHANNELS.team)).toBe(1203);
    expect(harness.connector.callsTo("GET", "pagedmembers")).toHaveLength(3);
    expect(await harness.adapter.platform.countMembers("19:onbekend@thread.tacv2")).toBeUndefined();
  });

  it("names people as Teams showed them, asks Teams otherwise, and falls back to the id", async () => {
    await installed();
    await harness.send(channelMention("anna", CHANNELS.team, "casus hulp"));
    harness.connector.calls.length = 0;
    expect(await harness.adapter.platform.resolveUser({ platform: "msteams", id: "29:anna" })).toEqual({ id: "29:anna", displayName: "Anna" });
    expect(harness.connector.calls).toEqual([]);
    expect((await harness.adapter.platform.resolveUser({ platform: "msteams", id: PEOPLE.bram.id })).displayName).toBe("Bram");
    expect((await harness.adapter.platform.resolveUser({ platform: "msteams", id: "29:zed" })).displayName).toBe("29:zed");
  });
});
