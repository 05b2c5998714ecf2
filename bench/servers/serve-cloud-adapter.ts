// What both Agents SDK baselines share: an anonymous CloudAdapter on plain node:http that checks each
// request as our bot does (authorizeRequest), runs the bot's turn logic and prints {"port": …}.
import { createServer } from "node:http";
import { CloudAdapter, type Request, type TurnContext, type WebResponse } from "@microsoft/agents-hosting";

const anonymous = { connections: new Map([["serviceConnection", {}]]), connectionsMap: [{ serviceUrl: "*", connection: "serviceConnection" }] };

export function serveCloudAdapter(turn: (context: TurnContext) => Promise<void>): void {
  const adapter = new CloudAdapter(anonymous);
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
    await adapter.process(request, response, turn);
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(JSON.stringify({ port: Number(process.env.PORT) })));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
