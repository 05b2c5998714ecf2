// The same-job baseline for Slack: the plainest Bolt app that does what our /casus does: it
// acknowledges and opens an eight-field case modal with views.open (against the fake Slack Web API).
// A button opens a three-field answer modal the same way; a submission is acknowledged.
// Env: PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL. Prints {"port": …} when listening.
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

const port = Number(process.env.PORT);
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? "", endpoints: "/slack/events" });
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  botId: "B0SAME",
  botUserId: "U0SAME",
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

const text = (id: string, label: string, multiline = false) => ({
  type: "input",
  block_id: id,
  label: { type: "plain_text", text: label },
  element: { type: "plain_text_input", action_id: id, multiline, max_length: 3000 },
});
const select = (id: string, label: string, options: string[]) => ({
  type: "input",
  block_id: id,
  label: { type: "plain_text", text: label },
  element: { type: "static_select", action_id: id, options: options.map((option) => ({ text: { type: "plain_text", text: option }, value: option })) },
});

const caseModal = (channel: string) => ({
  type: "modal" as const,
  callback_id: "case.submit",
  private_metadata: JSON.stringify({ channel }),
  title: { type: "plain_text" as const, text: "Casus inbrengen" },
  submit: { type: "plain_text" as const, text: "Indienen" },
  blocks: [
    text("title", "Titel"),
    text("situation", "Situatie (zonder gegevens van inwoners)", true),
    text("rule", "Welke regel of werkwijze schuurt?", true),
    select("level", "Niveau van de regel", ["Wet", "Gemeentelijke regeling", "Interne richtlijn", "Systeem of protocol", "Andere afdeling"]),
    text("effect", "Ongewenst effect", true),
    text("intent", "De bedoeling van de regel", true),
    text("proposal", "Voorstel", true),
    select("urgency", "Urgentie", ["Laag", "Normaal", "Hoog"]),
  ],
});

const answerModal = (runId: string) => ({
  type: "modal" as const,
  callback_id: "answer.submit",
  private_metadata: runId,
  title: { type: "plain_text" as const, text: "Antwoorden" },
  submit: { type: "plain_text" as const, text: "Versturen" },
  blocks: [select("score", "Score", ["1", "2", "3", "4", "5"]), text("text", "Toelichting", true), text("highlight", "Mag dit als voorbeeld?")],
});

app.command("/casus", async ({ ack, body, client }) => {
  await ack();
  await client.views.open({ trigger_id: body.trigger_id, view: caseModal(body.channel_id) });
});
app.action("answer.open", async ({ ack, body, client, action }) => {
  await ack();
  const triggerId = "trigger_id" in body ? body.trigger_id : "";
  await client.views.open({ trigger_id: triggerId, view: answerModal("value" in action ? String(action.value) : "") });
});
app.view(/.*/, async ({ ack }) => ack());
await app.start(port);
console.log(JSON.stringify({ port }));
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
