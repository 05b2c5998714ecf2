// The same-job baseline for Teams: the plainest bot on the same Microsoft 365 Agents SDK that answers
// "hulp"/"help" with one Adaptive Card (sent within the turn, as the SDK's samples do), on plain
// node:http, anonymous like our local mode. Env: PORT. Prints {"port": …}.
import { createServer } from "node:http";
import { Activity } from "@microsoft/agents-activity";
import { CloudAdapter, type Request, type WebResponse } from "@microsoft/agents-hosting";

const anonymous = { connections: new Map([["serviceConnection", {}]]), connectionsMap: [{ serviceUrl: "*", connection: "serviceConnection" }] };
const adapter = new CloudAdapter(anonymous);

const line = (text: string) => ({ type: "TextBlock", text, wrap: true });
const helpCard = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [
    { type: "TextBlock", text: "Wat kan bedoeling-bot?", weight: "Bolder", size: "Medium", wrap: true },
    line("**casus** — breng een casus in waarin een regel tegen zijn bedoeling in werkt"),
    line("**casus status G-2026-0042** — volg een casus"),
    line("**casus mijn** — je eigen casussen"),
    line("**logboek aan vrijdag 16:00** — een persoonlijk logboek"),
    line("**inzage** — wat we van je bewaren"),
    line("**bewaren** — hoe lang en wie het ziet"),
  ],
  actions: [
    { type: "Action.Submit", title: "Casus inbrengen", data: { action: "case.open" } },
    { type: "Action.Submit", title: "Mijn casussen", data: { action: "case.mine" } },
  ],
};

const server = createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const request: Request = { body: JSON.parse(Buffer.concat(chunks).toString("utf8")), headers: incoming.headers, method: incoming.method };
  let status = 200;
  let body: string | undefined;
  const response: WebResponse = {
    get headersSent() {
      return outgoing.headersSent;
    },
    get writableEnded() {
      return outgoing.writableEnded;
    },
    status: (code: number) => ((status = code), response),
    setHeader: () => response,
    send: (payload?: unknown) => ((body = payload === undefined ? undefined : JSON.stringify(payload)), response),
    end: () => (outgoing.writableEnded || outgoing.writeHead(status, { "content-type": "application/json" }).end(body), response),
  };
  let isAuthorized = false;
  await adapter.authorizeRequest(request, response, () => (isAuthorized = true));
  if (!isAuthorized) return void response.end();
  await adapter.process(request, response, async (context) => {
    const asked = (context.activity.text ?? "").trim().toLowerCase();
    if (context.activity.type === "message" && (asked === "hulp" || asked === "help")) {
      await context.sendActivity(Activity.fromObject({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: helpCard }] }));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(JSON.stringify({ port: Number(process.env.PORT) })));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
