// The baseline: the Microsoft 365 Agents SDK's CloudAdapter as an echo bot on plain node:http, without
// an app id (anonymous), checking the request as our bot does (authorizeRequest) and replying through
// the Bot Connector. Env: PORT. Prints {"port": …}.
import { serveCloudAdapter } from "./serve-cloud-adapter.ts";

serveCloudAdapter(async (context) => {
  if (context.activity.type === "message") await context.sendActivity(`Echo: ${context.activity.text}`);
});
