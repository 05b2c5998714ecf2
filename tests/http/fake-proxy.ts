import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * An outbound proxy on 127.0.0.1, as a municipality's would be: `CONNECT host:port` tunnels (what
 * clients do for https://) and plain proxy requests with the whole URL (what they may do for http://).
 * It records each, and reaches only this machine: any other host gets 403, so no test leaves it.
 */
export class FakeProxy {
  /** "CONNECT host:port" or "METHOD http://host:port/path", in the order they came. */
  readonly seen: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = new FakeProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on("connection", (socket) => proxy.track(socket));
    server.on("connect", (request, client: Socket, head: Buffer) => {
      const target = request.url ?? "";
      proxy.seen.push(`CONNECT ${target}`);
      const [, host, port] = /^(.*):(\d+)$/.exec(target) ?? [];
      if (!host || !LOOPBACK.has(host)) return void client.end("HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n");
      const upstream = proxy.track(connect(Number(port), host.replace(/^\[|\]$/g, "")));
      upstream.on("connect", () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client).on("error", () => undefined);
        client.pipe(upstream).on("error", () => undefined);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    server.on("request", (request, response) => {
      proxy.seen.push(`${request.method} ${request.url}`);
      const target = URL.canParse(request.url ?? "") ? new URL(request.url!) : undefined;
      if (!target || !LOOPBACK.has(target.hostname)) return void response.writeHead(403).end();
      const forwarded = httpRequest(target, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forwarded.on("error", () => response.writeHead(502).end());
      request.pipe(forwarded);
    });
    return proxy;
  }

  /** What reached the proxy since the last call, and forgets it. */
  take(): string[] {
    return this.seen.splice(0);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    return socket;
  }
}
