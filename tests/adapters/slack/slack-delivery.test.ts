import { afterEach, describe, expect, it } from "vitest";
import type { Block } from "../../../src/chat/vocabulary.ts";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { messageBlocksSchema } from "./block-kit-schema.ts";
import { ScriptedBot, startSlackHarness, type SlackHarness } from "./slack-harness.ts";

const CHANNEL = "C0KCC";

describe("sending to Slack", () => {
  let harness: SlackHarness;
  afterEach(async () => harness?.close());

  async function start(tuning = {}): Promise<SlackHarness> {
    harness = await startSlackHarness(new ScriptedBot(), { tuning });
    return harness;
  }

  it("waits for Retry-After after a 429 and then sends the message once", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 1, { status: 429, retryAfter: 2 });
    const started = Date.now();
    const ref = await adapter.platform.post(CHANNEL, textMessage("Vraag van de week"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 20 - 5);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(2);
    expect(fake.messagesIn(CHANNEL).map((message) => message.ts)).toEqual([ref.messageId]);
  });

  it("backs off after a 500 and then sends the message once", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 2, { status: 500 });
    await adapter.platform.post(CHANNEL, textMessage("Vraag van de week"));
    expect(fake.callsOf("chat.postMessage")).toHaveLength(3);
    expect(fake.messagesIn(CHANNEL)).toHaveLength(1);
  });

  it("sends again after a timeout only when the message did not arrive", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 1, { hang: true });
    await adapter.platform.post(CHANNEL, textMessage("Eerste"));
    expect(fake.callsOf("chat.postMessage")).toHaveLength(2);
    expect(fake.messagesIn(CHANNEL)).toHaveLength(1);
  });

  it("does not send again after a timeout when Slack did post the message (the answer was lost)", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 1, { hang: true, isCarriedOut: true });
    const ref = await adapter.platform.post(CHANNEL, textMessage("Eén keer"), "1774252800.000050");
    expect(fake.callsOf("chat.postMessage")).toHaveLength(1);
    expect(fake.callsOf("conversations.replies")).toHaveLength(1);
    expect(fake.messages.map((message) => message.ts)).toEqual([ref.messageId]);
  });

  it("retries an update after a timeout, because updating twice changes nothing", async () => {
    const { fake, adapter } = await start();
    const ref = await adapter.platform.post(CHANNEL, textMessage("0 antwoorden"));
    fake.failNext("chat.update", 1, { hang: true });
    await adapter.platform.update(ref, textMessage("1 antwoord"));
    expect(fake.messagesIn(CHANNEL)[0]?.text).toBe("1 antwoord");
  });

  it("gives up with a coded error when Slack keeps failing", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 4, { status: 503 });
    await expect(adapter.platform.post(CHANNEL, textMessage("x"))).rejects.toMatchObject({ code: "slack_server_error" });
    expect(fake.callsOf("chat.postMessage")).toHaveLength(4);
    expect(fake.messages).toHaveLength(0);
  });

  it("does not retry what Slack refused, and says why", async () => {
    const { fake, adapter } = await start();
    fake.failNext("chat.postMessage", 1, { error: "channel_not_found" });
    await expect(adapter.platform.post("C0GONE", textMessage("x"))).rejects.toMatchObject({
      code: "slack_api_error",
      details: expect.objectContaining({ slackError: "channel_not_found" }),
    });
    expect(fake.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("paces a burst to one channel, and does not hold up another channel", async () => {
    const { fake, adapter } = await start({ paceMs: 60 });
    await Promise.all([
      ...[1, 2, 3, 4].map((n) => adapter.platform.post(CHANNEL, textMessage(`bericht ${n}`))),
      adapter.platform.post("C0WMO", textMessage("ander kanaal")),
    ]);
    const times = fake.callsOf("chat.postMessage").filter((call) => call.body.channel === CHANNEL).map((call) => call.at);
    // Sends start on a 60 ms grid; arrival adds a little network jitter on either side.
    const gaps = times.slice(1).map((at, index) => at - times[index]!);
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(3 * 60 - 10);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30);
    const other = fake.callsOf("chat.postMessage").find((call) => call.body.channel === "C0WMO")!;
    expect(other.at - times[0]!).toBeLessThan(60);
  });

  it("posts a message longer than 50 blocks as a parent with the rest in its thread", async () => {
    const { fake, adapter } = await start();
    const blocks: Block[] = Array.from({ length: 120 }, (_, index) => ({ type: "text", text: `Regel ${index}` }));
    const ref = await adapter.platform.post(CHANNEL, { text: "Weekoverzicht", blocks });
    const [parent] = fake.messagesIn(CHANNEL);
    expect(parent?.ts).toBe(ref.messageId);
    const replies = fake.repliesTo(CHANNEL, ref.messageId);
    expect([parent!, ...replies].map((message) => message.blocks.length)).toEqual([50, 50, 20]);
    for (const message of [parent!, ...replies]) expect(messageBlocksSchema.safeParse(message.blocks).success).toBe(true);
  });

  it("sends a direct message in the person's conversation with the bot", async () => {
    const { fake, adapter } = await start();
    await adapter.platform.sendDirect({ platform: "slack", id: "U0ANNA" }, textMessage("Je casus is in behandeling"));
    expect(fake.callsOf("conversations.open")[0]?.body.users).toBe("U0ANNA");
    expect(fake.messagesIn("D0ANNA").map((message) => message.text)).toEqual(["Je casus is in behandeling"]);
  });

  it("knows people by their display name and channels by their member count", async () => {
    const { fake, adapter } = await start();
    fake.memberCount = 12;
    await expect(adapter.platform.resolveUser({ platform: "slack", id: "U0LISA" })).resolves.toEqual({ id: "U0LISA", displayName: "Lisa" });
    await expect(adapter.platform.countMembers(CHANNEL)).resolves.toBe(12);
    fake.failNext("conversations.info", 1, { error: "channel_not_found" });
    await expect(adapter.platform.countMembers("C0GONE")).resolves.toBeUndefined();
  });

  it("asks Slack once for a person's name and direct-message channel, not for every answer", async () => {
    const { fake, adapter } = await start();
    for (let answer = 0; answer < 3; answer += 1) {
      await adapter.platform.resolveUser({ platform: "slack", id: "U0ANNA" });
      await adapter.platform.sendDirect({ platform: "slack", id: "U0ANNA" }, textMessage("Bedankt voor je antwoord"));
    }
    expect(fake.callsOf("users.info")).toHaveLength(1);
    expect(fake.callsOf("conversations.open")).toHaveLength(1);
    expect(fake.messagesIn("D0ANNA")).toHaveLength(3);
  });
});
