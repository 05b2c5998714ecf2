import type { SlackBody } from "../adapters/slack/signed-request.ts";
import { stateOf, type SentModal } from "../adapters/slack/slack-surfaces.ts";
import type { FakeMessage } from "../support/fake-slack-api.ts";

// Request bodies as Slack sends them for what a person does, for tests that send them raw: retried,
// doubled, in a burst, or to a bot in another process.

const TEAM = { id: "T0GEMEENTE", domain: "gemeente-voorbeeld" };
let sequence = 0;

export function slashCommand(userId: string, channelId: string, text = ""): SlackBody {
  return {
    form: {
      team_id: TEAM.id,
      channel_id: channelId,
      user_id: userId,
      command: "/casus",
      text,
      api_app_id: "A0BEDOELING",
      response_url: "https://hooks.slack.com/commands/T0GEMEENTE/1/x",
      trigger_id: `trigger-${++sequence}`,
    },
  };
}

/** A submit of a modal as it was opened, filled in with these values; the same view id and hash each time. */
export function viewSubmission(userId: string, view: SentModal, values: Record<string, string>, viewId = "V0FORM"): SlackBody {
  return {
    payload: {
      type: "view_submission",
      team: TEAM,
      user: { id: userId, team_id: TEAM.id },
      api_app_id: "A0BEDOELING",
      trigger_id: `trigger-${++sequence}`,
      view: { ...view, id: viewId, hash: `${viewId}.hash`, type: "modal", state: { values: stateOf(view, values) } },
      response_urls: [],
    },
  };
}

/** A press on a button of a message in a channel, at Slack's time `actionTs` (seconds). */
export function buttonPress(userId: string, message: FakeMessage, button: { actionId: string; value?: string }, actionTs: number): SlackBody {
  return {
    payload: {
      type: "block_actions",
      team: TEAM,
      user: { id: userId, team_id: TEAM.id },
      trigger_id: `trigger-${++sequence}`,
      container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
      channel: { id: message.channel },
      message: { type: "message", ts: message.ts, text: message.text },
      actions: [{ action_id: button.actionId, block_id: "actions", value: button.value, type: "button", action_ts: actionTs.toFixed(6) }],
    },
  };
}
