import { actionOf } from "../../adapters/slack/to-block-kit.ts";
import type { SentButton, SentBlock, SentModal } from "../adapters/slack/slack-surfaces.ts";
import { buttonsIn } from "../adapters/slack/slack-surfaces.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/slack-harness.ts";
import type { FakeMessage } from "../support/fake-slack-api.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";
import { slashCommand } from "./slack-bodies.ts";

export const CHANNELS = { team: "C0KCC", triage: "C0KCCGARAGE" };

export interface SlackWorkspace {
  test: TestBot;
  harness: SlackHarness;
  close(): Promise<void>;
}

/** The real core on real SQLite behind the real Slack adapter over HTTP; Lisa leads team kcc. */
export async function startSlackWorkspace(): Promise<SlackWorkspace> {
  const test = createTestBot(testConfig({ slack: { channel: CHANNELS.team, triageChannel: CHANNELS.triage } }, ["slack:U0LISA"]));
  const harness = await startSlackHarness(test.bot, { db: test.db });
  test.bot.connect(harness.adapter.platform);
  return {
    test,
    harness,
    async close() {
      await harness.close();
      test.db.close();
    },
  };
}

/** Types /casus in the team channel and returns the case form as Slack was asked to open it. */
export async function openCaseForm(harness: SlackHarness, userId: string): Promise<SentModal> {
  const before = harness.fake.callsOf("views.open").length;
  await harness.send(slashCommand(userId, CHANNELS.team));
  const opened = harness.fake.callsOf("views.open")[before];
  if (!opened) throw new Error("/casus opened no form");
  return opened.body.view as SentModal;
}

/** The button for this action (e.g. "case.take") on a message as it now reads. */
export function buttonOn(message: FakeMessage, action: string): SentButton {
  const button = buttonsIn(message.blocks as unknown as SentBlock[]).find((candidate) => actionOf(candidate.actionId) === action);
  if (!button) throw new Error(`no button ${action} on message ${message.ts}`);
  return button;
}

/** What Slack was asked to show this person only, oldest first. */
export function ephemeralsTo(harness: SlackHarness, userId: string): string[] {
  return harness.fake.callsOf("chat.postEphemeral").filter((call) => call.body.user === userId).map((call) => String(call.body.text));
}
