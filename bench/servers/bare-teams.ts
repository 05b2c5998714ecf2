// The baseline: the Bot Framework's CloudAdapter as an echo bot on plain node:http, without
// authentication (no app id), replying through the Bot Connector. Env: PORT. Prints {"port": …}.
import { createServer } from "node:http";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Request, type Response } from "botbuilder";

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const request: Request = { body: JSON.parse(Buffer.concat(chunks).toString("utf8")), headers: incoming.headers, method: incoming.method };
  let status = 200;
  let body: string | undefined;
  const response: Response = {
    socket: outgoing.socket,
    status: (code: unknown) => ((status = Number(code)), response),
    header: () => response,
    send: (payload?: unknown) => ((body = payload === undefined ? undefined : JSON.stringify(payload)), response),
    end: () => (outgoing.writableEnded || outgoing.writeHead(status, { "content-type": "application/json" }).end(body), response),
  };
  await adapter.process(request, response, async (context) => {
    if (context.activity.type === "message") await context.sendActivity(`Echo: ${context.activity.text}`);
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(JSON.stringify({ port: Number(process.env.PORT) })));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
