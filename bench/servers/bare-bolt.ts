// The baseline: a Bolt app that acknowledges every command, button and submission and does nothing
// else, on Bolt's own HTTP receiver. Env: PORT, SLACK_SIGNING_SECRET. Prints {"port": …} when listening.
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

const port = Number(process.env.PORT);
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? "", endpoints: "/slack/events" });
const app = new App({ receiver, token: "xoxb-bare", botId: "B0BARE", botUserId: "U0BARE", tokenVerificationEnabled: false, logLevel: LogLevel.ERROR });
app.command(/.*/, async ({ ack }) => ack());
app.action(/.*/, async ({ ack }) => ack());
app.view(/.*/, async ({ ack }) => ack());
await app.start(port);
console.log(JSON.stringify({ port }));
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
