import { signSlackBody } from "../../tests/adapters/slack/signed-request.ts";
import type { HttpCall } from "./run-bursts.ts";

/** An open prompt in a team channel, as the seeded database has it. */
export interface OpenPrompt {
  runId: number;
  channel: string;
  messageTs: string;
}

const TEAM = { id: "T0GEMEENTE", domain: "gemeente-bench" };
let sequence = 0;

/**
 * The interactions of a busy Monday morning, in turns: "Antwoorden" pressed on a prompt (a modal
 * opens), /casus typed in a team channel (the case form opens), and an answer submitted (stored before
 * the ack). Each from another person, so none of them is a double click.
 */
export function slackMorning(secret: string, prompts: OpenPrompt[], people: (index: number) => string, count: number): HttpCall[] {
  const calls: HttpCall[] = [];
  for (let index = 0; index < count; index += 1) {
    const prompt = prompts[index % prompts.length]!;
    const user = people(index);
    const kind = index % 3;
    const body = kind === 0 ? pressAnswer(prompt, user) : kind === 1 ? typeCasus(prompt, user) : submitAnswer(prompt, user, index);
    const { text, headers } = signSlackBody(secret, body);
    calls.push({ label: ["button", "command", "submission"][kind], path: "/slack/events", headers, body: text });
  }
  return calls;
}

/** /casus typed by a different person each time, in the team channels: the same-job comparison's load. */
export function slackCasus(secret: string, prompts: OpenPrompt[], people: (index: number) => string, count: number): HttpCall[] {
  return Array.from({ length: count }, (_, index) => {
    const { text, headers } = signSlackBody(secret, typeCasus(prompts[index % prompts.length]!, people(index)));
    return { label: "command", path: "/slack/events", headers, body: text };
  });
}

function pressAnswer(prompt: OpenPrompt, user: string) {
  sequence += 1;
  return {
    payload: {
      type: "block_actions",
      user: { id: user, username: user.toLowerCase(), team_id: TEAM.id },
      api_app_id: "A0BEDOELING",
      team: TEAM,
      trigger_id: `bench.${sequence}.trigger`,
      container: { type: "message", message_ts: prompt.messageTs, channel_id: prompt.channel, is_ephemeral: false },
      channel: { id: prompt.channel, name: prompt.channel.toLowerCase() },
      message: { type: "message", ts: prompt.messageTs, text: "Even stilstaan", blocks: [] },
      actions: [{ action_id: "answer.open", block_id: "b5", value: String(prompt.runId), type: "button", action_ts: `${1_700_000_000 + sequence}.000100` }],
    },
  };
}

function typeCasus(prompt: OpenPrompt, user: string) {
  sequence += 1;
  return {
    form: {
      team_id: TEAM.id,
      team_domain: TEAM.domain,
      channel_id: prompt.channel,
      channel_name: prompt.channel.toLowerCase(),
      user_id: user,
      user_name: user.toLowerCase(),
      command: "/casus",
      text: "",
      api_app_id: "A0BEDOELING",
      response_url: "https://hooks.slack.com/commands/T0GEMEENTE/1/x",
      trigger_id: `bench.${sequence}.trigger`,
    },
  };
}

function submitAnswer(prompt: OpenPrompt, user: string, index: number) {
  sequence += 1;
  const metadata = JSON.stringify({ c: JSON.stringify({ run: prompt.runId }), ch: prompt.channel, ts: prompt.messageTs });
  return {
    payload: {
      type: "view_submission",
      team: TEAM,
      user: { id: user, username: user.toLowerCase(), team_id: TEAM.id },
      api_app_id: "A0BEDOELING",
      trigger_id: `bench.${sequence}.trigger`,
      view: {
        id: `VBENCH${sequence}`,
        hash: `${sequence}.bench`,
        type: "modal",
        callback_id: "answer.submit",
        private_metadata: metadata,
        state: {
          values: {
            score: { score: { type: "static_select", selected_option: { value: String(1 + (index % 5)) } } },
            text: { text: { type: "plain_text_input", value: `Vandaag een inwoner teruggebeld in plaats van een tweede brief (${index}).` } },
            mayHighlight: { mayHighlight: { type: "checkboxes", selected_options: [] } },
          },
        },
      },
      response_urls: [],
    },
  };
}
