import pino from "pino";
import { createSlackAdapter, SLACK_EVENTS_PATH } from "../../adapters/slack/create-slack-adapter.ts";
import { actionOf } from "../../adapters/slack/to-block-kit.ts";
import { startHttpServer } from "../../src/http/http-server.ts";
import { FAST_TUNING, SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import { buttonsIn, readModal, stateOf, visibleText, type SentBlock, type SentModal } from "../adapters/slack/slack-surfaces.ts";
import { sendSignedRequest, type SlackBody, type SlackResponse } from "../adapters/slack/signed-request.ts";
import { FakeSlackApi, type FakeCall, type FakeMessage } from "../support/fake-slack-api.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";
import type { ActResult, Person, ScenarioDriver, SeenForm, SeenMessage } from "./scenario-driver.ts";
import { scenarioAddressee } from "./scenario-addressee.ts";

const PEOPLE: Record<Person, string> = { anna: "U0ANNA", lisa: "U0LISA", bram: "U0BRAM" };
const CHANNELS = { team: "C0KCC", triage: "C0KCCGARAGE", addressee: "C0BELEID" };
const TEAM = { id: "T0GEMEENTE", domain: "gemeente-voorbeeld" };

/** What the driver keeps to submit a modal as Slack would: the view as opened, with an id and hash. */
interface ModalHandle {
  view: SentModal;
  viewId: string;
  hash: string;
}

export interface SlackDriver extends ScenarioDriver {
  fake: FakeSlackApi;
  /** Sends a raw Slack body as this person and reads back what they saw. */
  act(who: Person, body: SlackBody): Promise<ActResult>;
}

/**
 * Drives the Slack adapter as Slack does: signed HTTP requests to the real POST /slack/events (real Bolt
 * verification), and reads back what the adapter asked the (fake) Web API to show.
 */
export async function createSlackDriver(): Promise<SlackDriver> {
  const addressee = scenarioAddressee("slack:U0BRAM", { slack: { channel: CHANNELS.addressee } });
  const test = createTestBot(testConfig({ slack: { channel: CHANNELS.team, triageChannel: CHANNELS.triage } }, ["slack:U0LISA"], addressee));
  const fake = await FakeSlackApi.start();
  const logger = pino({ level: "silent" });
  const settings = { botToken: fake.token, signingSecret: SIGNING_SECRET, apiUrl: fake.url };
  const adapter = createSlackAdapter({ bot: test.bot, logger, settings, tuning: FAST_TUNING });
  test.bot.connect(adapter.platform);
  const server = await startHttpServer(0, adapter.routes, () => ({ isHealthy: true }), logger, "127.0.0.1");
  await adapter.start();
  let sequence = 0;
  // People press seconds apart; two presses within 2 s would count as one double click.
  let pressedAt = Math.floor(Date.now() / 1000);
  const person = (who: Person) => ({ id: PEOPLE[who], username: who, name: who, team_id: TEAM.id });

  async function act(who: Person, body: SlackBody): Promise<ActResult> {
    const before = fake.calls.length;
    const response = await sendSignedRequest(`${server.url}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, body);
    await adapter.whenIdle();
    if (response.status !== 200) throw new Error(`POST ${SLACK_EVENTS_PATH} answered ${response.status}`);
    return resultOf(PEOPLE[who], response, fake.calls.slice(before));
  }

  /** What the acting person saw: the ack's answer, a modal, an ephemeral, or a direct message. */
  function resultOf(userId: string, response: SlackResponse, calls: FakeCall[]): ActResult {
    const ack = response.json ?? {};
    if (ack.response_action === "errors") return { errors: ack.errors as Record<string, string> };
    if (ack.response_action === "update") {
      const view = ack.view as SentModal;
      // A modal without a submit button is the answer to the form, shown in the modal itself.
      return view.submit ? { form: seenForm(view) } : { notice: visibleText(view.blocks as SentBlock[], "") };
    }
    const opened = calls.find((call) => call.method === "views.open");
    if (opened) return { form: seenForm(opened.body.view as SentModal) };
    const shown = calls.find(
      (call) =>
        (call.method === "chat.postEphemeral" && call.body.user === userId) ||
        (call.method === "chat.postMessage" && call.body.channel === fake.directChannelOf(userId)),
    );
    if (shown) return { notice: visibleText(shown.body.blocks as SentBlock[], String(shown.body.text)) };
    return typeof ack.text === "string" ? { notice: ack.text } : {};
  }

  function seenForm(view: SentModal): SeenForm {
    const handle: ModalHandle = { view, viewId: `V${++sequence}`, hash: `${Date.now()}.h${sequence}` };
    return { formId: view.callback_id, ...readModal(view), handle };
  }

  function seen(message: FakeMessage): SeenMessage {
    const blocks = message.blocks as unknown as SentBlock[];
    const buttons = buttonsIn(blocks).map((button) => ({ label: button.label, action: actionOf(button.actionId), value: button.value }));
    return { conversationId: message.channel, messageId: message.ts, threadId: message.threadTs, text: visibleText(blocks, message.text), buttons };
  }

  function press(who: Person, message: SeenMessage, action: string): Promise<ActResult> {
    const stored = fake.messages.find((candidate) => candidate.ts === message.messageId && candidate.channel === message.conversationId);
    const button = buttonsIn((stored?.blocks ?? []) as unknown as SentBlock[]).find((candidate) => actionOf(candidate.actionId) === action);
    if (!stored || !button) throw new Error(`no button ${action} on message ${message.messageId}`);
    pressedAt += 10;
    return act(who, {
      payload: {
        type: "block_actions",
        user: person(who),
        api_app_id: "A0BEDOELING",
        token: "legacy-verification-token",
        container: { type: "message", message_ts: stored.ts, channel_id: stored.channel, is_ephemeral: false, thread_ts: stored.threadTs },
        trigger_id: `trigger-${++sequence}`,
        team: TEAM,
        channel: { id: stored.channel, name: stored.channel.toLowerCase() },
        message: { type: "message", ts: stored.ts, text: stored.text, blocks: stored.blocks, thread_ts: stored.threadTs },
        state: { values: {} },
        response_url: "https://hooks.slack.com/actions/T0GEMEENTE/1/x",
        actions: [
          {
            action_id: button.actionId,
            block_id: button.blockId ?? "actions",
            text: { type: "plain_text", text: button.label },
            value: button.value,
            type: "button",
            action_ts: `${pressedAt}.000100`,
          },
        ],
      },
    });
  }

  return {
    platform: "slack",
    fake,
    act,
    bot: test.bot,
    clock: test.clock,
    channels: CHANNELS,
    command: (who, conversationId, text) =>
      act(who, {
        form: {
          token: "legacy-verification-token",
          team_id: TEAM.id,
          team_domain: TEAM.domain,
          channel_id: conversationId,
          channel_name: conversationId.toLowerCase(),
          user_id: PEOPLE[who],
          user_name: who,
          command: "/casus",
          text,
          api_app_id: "A0BEDOELING",
          is_enterprise_install: "false",
          response_url: "https://hooks.slack.com/commands/T0GEMEENTE/1/x",
          trigger_id: `trigger-${++sequence}`,
        },
      }),
    press,
    submit: (who, form, values) => {
      const { view, viewId, hash } = form.handle as ModalHandle;
      const state = { values: stateOf(view, { ...form.initial, ...values }) };
      return act(who, {
        payload: {
          type: "view_submission",
          team: TEAM,
          user: person(who),
          api_app_id: "A0BEDOELING",
          token: "legacy-verification-token",
          trigger_id: `trigger-${++sequence}`,
          view: { ...view, id: viewId, hash, type: "modal", state },
          response_urls: [],
        },
      });
    },
    messagesIn: (conversationId) => fake.messagesIn(conversationId).map(seen),
    repliesTo: (message) => fake.repliesTo(message.conversationId, message.messageId).map(seen),
    directMessagesTo: (who) => fake.messagesIn(fake.directChannelOf(PEOPLE[who])).map((message) => seen(message).text),
    close: async () => {
      await adapter.stop();
      await server.close();
      await fake.close();
      test.db.close();
    },
  };
}
