import { afterEach, describe, expect, it } from "vitest";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { findConversation, findPersonalConversation, rememberConversation } from "../../../src/storage/conversations.ts";
import { cardOf, cardText } from "./read-card.ts";
import { personalConversationOf } from "./teams-activities.ts";
import { BOT, CHANNELS, startTeamsHarness, TENANT, type TeamsHarness } from "./teams-harness.ts";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

/** A channel reference as the Bot Framework SDK stored it: the bot's account as `bot`, an empty name. */
function storedBeforeTheAgentsSdk(serviceUrl: string): string {
  return JSON.stringify({ channelId: "msteams", serviceUrl, bot: BOT, conversation: { id: CHANNELS.team, conversationType: "channel", isGroup: true, tenantId: TENANT, name: "" } });
}

describe("conversation references stored before the move to the Agents SDK", () => {
  it("still post, and start a personal chat with the bot's account as Teams expects it", async () => {
    harness = await startTeamsHarness();
    const reference = storedBeforeTheAgentsSdk(harness.connector.url);
    rememberConversation(harness.test.db, { platform: "msteams", conversationId: CHANNELS.team, kind: "channel", userKey: null, reference }, new Date());

    const posted = await harness.adapter.platform.post(CHANNELS.team, textMessage("Vraag van de week"));
    expect(cardText(cardOf(harness.connector.messages.get(posted.messageId)!.activity))).toBe("Vraag van de week");

    await harness.adapter.platform.sendDirect({ platform: "msteams", id: "29:bram" }, textMessage("Herinnering"));
    const [create] = harness.connector.callsTo("POST", "/v3/conversations").filter((call) => !call.conversationId);
    expect(create!.body).toMatchObject({ isGroup: false, bot: BOT, members: [{ id: "29:bram" }], tenantId: TENANT });
    expect(harness.connector.messagesIn(personalConversationOf("bram"))).toHaveLength(1);

    const personal = JSON.parse(findPersonalConversation(harness.test.db, "msteams", "msteams:29:bram")!.reference) as Record<string, unknown>;
    expect(personal).toMatchObject({ bot: BOT, conversation: { id: personalConversationOf("bram"), conversationType: "personal" } });
    expect(personal).not.toHaveProperty("agent");
    expect(findConversation(harness.test.db, "msteams", CHANNELS.team)!.reference).toBe(reference);
  });
});
