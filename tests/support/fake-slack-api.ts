import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call as the fake received it: method name and the parsed arguments. */
export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
  /** When it arrived (Date.now()). */
  at: number;
}

/** A message as it currently reads in the fake workspace. */
export interface FakeMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  blocks: Record<string, unknown>[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** A file shared through files.completeUploadExternal, with the bytes that were POSTed to its upload URL. */
export interface FakeFile {
  id: string;
  filename: string;
  altText?: string;
  title?: string;
  bytes?: Buffer;
  channel?: string;
  threadTs?: string;
}

export type Failure =
  | { status: 429; retryAfter?: number }
  | { status: 500 | 502 | 503 }
  /** No answer at all; with `isCarriedOut` the call still takes effect (the answer is what gets lost). */
  | { hang: true; isCarriedOut?: boolean }
  | { error: string };

const JSON_FIELDS = new Set(["blocks", "view", "metadata", "attachments", "files"]);

/**
 * A small stand-in for Slack's Web API on 127.0.0.1: it answers the methods the adapter calls, keeps
 * messages as they currently read (updates, deletions and thread replies included), records every call, and can be
 * told to fail the next calls of a method.
 */
export class FakeSlackApi {
  readonly calls: FakeCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly homes = new Map<string, Record<string, unknown>>();
  /** Files by id: asked for (files.getUploadURLExternal), uploaded, then shared (files.completeUploadExternal). */
  readonly files = new Map<string, FakeFile>();
  readonly people = new Map<string, string>([
    ["U0ANNA", "Anna"],
    ["U0LISA", "Lisa"],
    ["U0BRAM", "Bram"],
  ]);
  memberCount = 3;
  /** Channels that do not exist for the bot: every method naming one answers channel_not_found, as Slack does. */
  readonly missingChannels = new Set<string>();
  /** 429s answered because a channel got messages faster than limitPostsPerChannel allows. */
  rateLimited = 0;
  private postInterval: number | undefined;
  private readonly lastPostAt = new Map<string, number>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly hanging = new Set<ServerResponse>();
  private sequence = 0;
  private viewSequence = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly token: string,
  ) {}

  static async start(token = "xoxb-test-token"): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((request, response) => void fake!.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlackApi(server, `http://127.0.0.1:${port}/api/`, token);
    return fake;
  }

  /** The next `count` calls of `method` fail this way. */
  failNext(method: string, count: number, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<Failure>(count).fill(failure)]);
  }

  /** Like Slack's chat.postMessage: at most one message per `intervalMs` per channel, else 429 (Retry-After: 1). */
  limitPostsPerChannel(intervalMs: number): void {
    this.postInterval = intervalMs;
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Top-level messages in a channel, oldest first. */
  messagesIn(channel: string): FakeMessage[] {
    return this.messages.filter((message) => message.channel === channel && (!message.threadTs || message.threadTs === message.ts));
  }

  repliesTo(channel: string, ts: string): FakeMessage[] {
    return this.messages.filter((message) => message.channel === channel && message.threadTs === ts && message.ts !== ts);
  }

  /** The direct-message conversation between the bot and a person. */
  directChannelOf(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    if (request.url?.startsWith("/upload/")) return this.receiveUpload(request.url.slice("/upload/".length), raw, response);
    const method = (request.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    const body = parseBody(raw.toString("utf8"), request.headers["content-type"] ?? "");
    this.calls.push({ method, body, at: Date.now() });
    const failure = this.failures.get(method)?.shift() ?? this.rateLimitOf(method, body);
    if (failure && "hang" in failure) {
      if (failure.isCarriedOut) this.answer(method, body, request);
      this.hanging.add(response);
      return;
    }
    if (failure && "status" in failure) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (failure.status === 429) headers["retry-after"] = String(failure.retryAfter ?? 1);
      response.writeHead(failure.status, headers).end(JSON.stringify({ ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }));
      return;
    }
    const result = failure ? { ok: false, error: failure.error } : this.answer(method, body, request);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
  }

  /** Slack's file service: takes the raw bytes for a file id handed out by files.getUploadURLExternal. */
  private receiveUpload(fileId: string, bytes: Buffer, response: ServerResponse): void {
    this.calls.push({ method: "upload", body: { fileId, bytes }, at: Date.now() });
    const file = this.files.get(fileId);
    if (!file) return void response.writeHead(404).end();
    file.bytes = bytes;
    response.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
  }

  /** Files shared in a thread, in the order shared. */
  filesIn(channel: string, threadTs: string): FakeFile[] {
    return [...this.files.values()].filter((file) => file.channel === channel && file.threadTs === threadTs);
  }

  private rateLimitOf(method: string, body: Record<string, unknown>): Failure | undefined {
    if (method !== "chat.postMessage" || this.postInterval === undefined) return undefined;
    const channel = String(body.channel ?? "");
    const now = performance.now();
    const last = this.lastPostAt.get(channel);
    if (last !== undefined && now - last < this.postInterval) {
      this.rateLimited += 1;
      return { status: 429, retryAfter: 1 };
    }
    this.lastPostAt.set(channel, now);
    return undefined;
  }

  private answer(method: string, body: Record<string, unknown>, request: IncomingMessage): Record<string, unknown> {
    if (request.headers.authorization !== `Bearer ${this.token}`) return { ok: false, error: "invalid_auth" };
    const channel = String(body.channel ?? "");
    if (this.missingChannels.has(String(body.channel ?? body.channel_id ?? ""))) return { ok: false, error: "channel_not_found" };
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "U0BOT", bot_id: "B0BOT", team_id: "T0GEMEENTE", user: "bedoeling-bot", team: "Gemeente" };
      case "chat.postMessage": {
        const message: FakeMessage = {
          channel,
          ts: this.nextTs(),
          threadTs: body.thread_ts ? String(body.thread_ts) : undefined,
          text: String(body.text ?? ""),
          blocks: (body.blocks as Record<string, unknown>[]) ?? [],
          metadata: body.metadata as FakeMessage["metadata"],
        };
        this.messages.push(message);
        return { ok: true, channel, ts: message.ts, message: { text: message.text, ts: message.ts } };
      }
      case "chat.update": {
        const message = this.messages.find((candidate) => candidate.channel === channel && candidate.ts === body.ts);
        if (!message) return { ok: false, error: "message_not_found" };
        message.text = String(body.text ?? "");
        message.blocks = (body.blocks as Record<string, unknown>[]) ?? [];
        return { ok: true, channel, ts: message.ts };
      }
      case "chat.delete": {
        const index = this.messages.findIndex((candidate) => candidate.channel === channel && candidate.ts === body.ts);
        if (index < 0) return { ok: false, error: "message_not_found" };
        this.messages.splice(index, 1);
        return { ok: true, channel, ts: body.ts };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "conversations.open":
        return { ok: true, channel: { id: this.directChannelOf(String(body.users)) } };
      case "conversations.history":
      case "conversations.replies": {
        const found = method === "conversations.history" ? this.messagesIn(channel) : this.messages.filter((m) => m.channel === channel && m.threadTs === body.ts);
        const oldest = Number(body.oldest ?? 0);
        const messages = found.filter((m) => Number(m.ts) >= oldest).map((m) => ({ ts: m.ts, text: m.text, metadata: m.metadata }));
        return { ok: true, messages: method === "conversations.history" ? messages.reverse() : messages };
      }
      case "users.info": {
        const name = this.people.get(String(body.user));
        if (!name) return { ok: false, error: "user_not_found" };
        return { ok: true, user: { id: body.user, name: name.toLowerCase(), real_name: name, profile: { display_name: name, real_name: name } } };
      }
      case "conversations.info":
        return { ok: true, channel: { id: channel, num_members: this.memberCount } };
      case "conversations.members":
        return { ok: true, members: [...this.people.keys()].slice(0, this.memberCount) };
      case "files.getUploadURLExternal": {
        const id = `F${String(this.files.size + 1).padStart(4, "0")}`;
        this.files.set(id, { id, filename: String(body.filename), altText: body.alt_txt === undefined ? undefined : String(body.alt_txt) });
        return { ok: true, file_id: id, upload_url: new URL(`/upload/${id}`, this.url).toString() };
      }
      case "files.completeUploadExternal": {
        const shared = body.files as { id: string; title?: string }[];
        const files = shared.map((entry) => this.files.get(entry.id));
        if (files.some((file) => !file?.bytes)) return { ok: false, error: "file_not_found" };
        for (const [index, file] of files.entries()) Object.assign(file!, { title: shared[index]!.title, channel: String(body.channel_id), threadTs: body.thread_ts ? String(body.thread_ts) : undefined });
        return { ok: true, files: files.map((file) => ({ id: file!.id, title: file!.title })) };
      }
      case "views.open":
      case "views.update":
        return { ok: true, view: { ...(body.view as object), id: String(body.view_id ?? `V${++this.viewSequence}`), hash: `h${this.viewSequence}` } };
      case "views.publish":
        this.homes.set(String(body.user_id), body.view as Record<string, unknown>);
        return { ok: true, view: { ...(body.view as object), id: `VHOME${body.user_id}` } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private nextTs(): string {
    this.sequence += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.sequence).padStart(6, "0")}`;
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(text: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith("application/json")) return JSON.parse(text || "{}") as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return body;
}
