import { afterEach, describe, expect, it } from "vitest";
import { submitCase } from "../../../src/cases/submit-case.ts";
import { listEvents } from "../../../src/cases/case-store.ts";
import { createTestBot, testConfig, type TestBot } from "../../support/test-bot.ts";
import { startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { fixture } from "./fixtures.ts";
import { buttonsIn, visibleText, type SentBlock } from "./slack-surfaces.ts";

const TRIAGE = "C0KCCGARAGE";
const CASE = {
  title: "Kleinzoon tijdelijk inwonend",
  situation: "Alleenstaande oudere; haar kleinzoon woont een paar maanden bij haar zonder inkomen.",
  rule: "Kostendelersnorm",
  ruleLevel: "law",
  bedoeling: "Bestaanszekerheid",
  urgency: "high",
  team: "kcc",
  isAnonymous: "false",
};

describe("the Slack adapter with the real core", () => {
  let test: TestBot;
  let harness: SlackHarness;
  afterEach(async () => {
    await harness?.close();
    test?.db.close();
  });

  it("moves a case once when its lead double-clicks the button", async () => {
    test = createTestBot(testConfig({ slack: { channel: "C0KCC", triageChannel: TRIAGE } }, ["slack:U0LISA"]));
    harness = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(harness.adapter.platform);
    await submitCase(test.bot.core, { platform: "slack", id: "U0ANNA" }, "{}", CASE);
    await test.bot.whenIdle();
    const [parent] = harness.fake.messagesIn(TRIAGE);
    const take = buttonsIn(parent!.blocks as unknown as SentBlock[]).find((button) => button.actionId === "case.take")!;

    const click = (actionTs: string, triggerId: string) =>
      harness.send({
        payload: {
          type: "block_actions",
          user: { id: "U0LISA" },
          trigger_id: triggerId,
          container: { type: "message", message_ts: parent!.ts, channel_id: TRIAGE, is_ephemeral: false },
          channel: { id: TRIAGE, name: "kcc-garage" },
          actions: [{ action_id: take.actionId, block_id: take.blockId ?? "b", value: take.value, type: "button", action_ts: actionTs }],
        },
      });
    await Promise.all([click("1774252900.100000", "t1"), click("1774252900.400000", "t2")]);

    const moves = listEvents(test.db, Number(take.value)).filter((event) => event.kind === "move" && event.fromStatus === "submitted");
    expect(moves.map((event) => event.toStatus)).toEqual(["in_progress"]);
    expect(visibleText(harness.fake.messagesIn(TRIAGE)[0]!.blocks as unknown as SentBlock[], "")).toMatch(/in behandeling/);
    expect(harness.fake.repliesTo(TRIAGE, parent!.ts).filter((reply) => /in behandeling/.test(reply.text))).toHaveLength(1);
    expect(harness.fake.callsOf("chat.postEphemeral")).toHaveLength(1);
  });

  it("opens the case form from the message shortcut with the message's text as the situation", async () => {
    test = createTestBot(testConfig({ slack: { channel: "C0KCC", triageChannel: TRIAGE } }, ["slack:U0LISA"]));
    harness = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(harness.adapter.platform);
    await harness.send({ payload: fixture("message-action") });
    const view = harness.fake.callsOf("views.open")[0]?.body.view as { callback_id: string; blocks: { block_id: string; element?: { initial_value?: string } }[] };
    expect(view.callback_id).toBe("case.submit");
    expect(view.blocks.find((block) => block.block_id === "situation")?.element?.initial_value).toMatch(/^De kostendelersnorm raakt <mevrouw> hard/);
    expect(view.blocks.find((block) => block.block_id === "team")).toBeDefined();
  });
});
