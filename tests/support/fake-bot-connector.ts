import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the bot made, as the Bot Connector saw it. `status` 0: the call was left hanging. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body?: unknown;
  status: number;
  /** The Authorization header, when the call carried one. */
  authorization?: string;
}

/** A message as it currently shows: the latest activity (after every update) at its place. */
export interface StoredMessage {
  id: string;
  conversationId: string;
  threadId?: string;
  activity: Record<string, unknown>;
  updates: number;
  order: number;
}

export type Fault = { status: number; retryAfter?: string } | { hang: true };
type FaultRule = { fault: Fault; remaining: number; matches: (method: string, path: string) => boolean };

export interface Member {
  id: string;
  name: string;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: the REST endpoints the adapter uses, the
 * messages as they now stand (cards per activity id, replies per thread; deleted ones gone), every call
 * recorded, and faults (429 with Retry-After, 5xx, 403/404, hangs) for the next calls.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** Members per conversation (a channel answers for its team). */
  readonly members = new Map<string, Member[]>();
  /** Channels per team id. */
  readonly teamChannels = new Map<string, Member[]>();
  private readonly faults: FaultRule[] = [];
  private readonly hanging: ServerResponse[] = [];
  private sequence = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeBotConnector> {
    let connector: FakeBotConnector | undefined;
    const server = createServer((request, response) => void connector!.receive(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    connector = new FakeBotConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return connector;
  }

  /** The next `count` matching calls fail with this fault instead of being handled. */
  failNext(count: number, fault: Fault, match: { method?: string; pathIncludes?: string } = {}): void {
    this.faults.push({
      fault,
      remaining: count,
      matches: (method, path) => (!match.method || match.method === method) && (!match.pathIncludes || path.includes(match.pathIncludes)),
    });
  }

  /** Top-level messages in a conversation, oldest first. */
  messagesIn(conversationId: string): StoredMessage[] {
    return this.sorted().filter((message) => message.conversationId === conversationId && !message.threadId);
  }

  /** Replies in the thread of a message, oldest first. */
  repliesTo(conversationId: string, messageId: string): StoredMessage[] {
    return this.sorted().filter((message) => message.conversationId === conversationId && message.threadId === messageId);
  }

  callsTo(method: string, pathIncludes = ""): ConnectorCall[] {
    return this.calls.filter((call) => call.method === method && call.path.includes(pathIncludes));
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sorted(): StoredMessage[] {
    return [...this.messages.values()].sort((a, b) => a.order - b.order);
  }

  private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", this.url);
    const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const text = await readBody(request);
    const call: ConnectorCall = { method, path: url.pathname, body: text ? (JSON.parse(text) as unknown) : undefined, status: 0 };
    if (request.headers.authorization) call.authorization = request.headers.authorization;
    if (segments[0] === "v3" && segments[1] === "conversations") {
      call.conversationId = segments[2];
      call.activityId = segments[4];
    }
    this.calls.push(call);
    const rule = this.faults.find((candidate) => candidate.remaining > 0 && candidate.matches(method, url.pathname));
    if (rule) {
      rule.remaining -= 1;
      if ("hang" in rule.fault) return void this.hanging.push(response);
      call.status = rule.fault.status;
      const headers: Record<string, string> = rule.fault.retryAfter ? { "retry-after": rule.fault.retryAfter } : {};
      return send(response, rule.fault.status, { error: { code: "Injected", message: "injected fault" } }, headers);
    }
    const [status, body] = this.route(method, segments, url, call.body as Record<string, unknown> | undefined);
    call.status = status;
    send(response, status, body);
  }

  private route(method: string, segments: string[], url: URL, body: Record<string, unknown> | undefined): [number, unknown] {
    const [v3, kind, conversation, sub, activityId, extra] = segments;
    if (v3 !== "v3") return [404, { error: { code: "NotFound" } }];
    if (kind === "teams" && sub === "conversations" && method === "GET") {
      return [200, { conversations: this.teamChannels.get(conversation ?? "") ?? [] }];
    }
    if (kind !== "conversations") return [404, { error: { code: "NotFound" } }];
    if (!conversation && method === "POST") {
      const member = (body?.members as Member[] | undefined)?.[0];
      return [201, { id: `a:personal:${member?.id ?? "unknown"}` }];
    }
    const [base = "", threadPart] = (conversation ?? "").split(";messageid=");
    if (sub === "activities" && method === "POST" && !activityId) return [201, { id: this.store(base, threadPart, body!) }];
    if (sub === "activities" && method === "POST" && activityId) {
      const thread = threadPart ?? (isChannel(base) ? (this.messages.get(activityId)?.threadId ?? activityId) : undefined);
      return [201, { id: this.store(base, thread, body!) }];
    }
    if (sub === "activities" && method === "PUT" && activityId) {
      const existing = this.messages.get(activityId);
      if (!existing) return [404, { error: { code: "ActivityNotFound", message: "Unknown activity" } }];
      existing.activity = body!;
      existing.updates += 1;
      return [200, { id: activityId }];
    }
    if (sub === "activities" && method === "DELETE" && activityId) {
      if (!this.messages.delete(activityId)) return [404, { error: { code: "ActivityNotFound", message: "Unknown activity" } }];
      return [200, {}];
    }
    const members = this.members.get(base) ?? [];
    if (sub === "pagedmembers" && method === "GET") {
      const size = Number(url.searchParams.get("pageSize") ?? "100");
      const start = Number(url.searchParams.get("continuationToken") ?? "0");
      const next = start + size < members.length ? String(start + size) : undefined;
      return [200, { members: members.slice(start, start + size), ...(next ? { continuationToken: next } : {}) }];
    }
    if (sub === "members" && method === "GET" && !activityId) return [200, members];
    if (sub === "members" && method === "GET" && activityId && !extra) {
      const member = members.find((candidate) => candidate.id === activityId);
      return member ? [200, member] : [404, { error: { code: "MemberNotFound" } }];
    }
    return [404, { error: { code: "NotFound" } }];
  }

  private store(conversationId: string, threadId: string | undefined, activity: Record<string, unknown>): string {
    this.sequence += 1;
    const id = String(1_700_000_000_000 + this.sequence);
    this.messages.set(id, { id, conversationId, ...(threadId ? { threadId } : {}), activity, updates: 0, order: this.sequence });
    return id;
  }
}

function isChannel(conversationId: string): boolean {
  return conversationId.includes("@thread");
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
