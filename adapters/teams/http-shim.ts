import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, WebResponse } from "@microsoft/agents-hosting";

// The SDK's authorizeRequest and CloudAdapter.process expect Express-shaped objects (a parsed `body`;
// `status()`, `setHeader()`, `send()`, `end()`, `headersSent`, `writableEnded` on the response). These
// two thin adapters give them that on plain node:http.

const MAX_BODY_BYTES = 1_000_000;

export type ReadResult = { ok: true; request: Request } | { ok: false; status: number; error: string };

/** Reads and parses the JSON body; refuses what is too large or not a JSON object. */
export async function readJsonRequest(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return { ok: false, status: 413, error: "body_too_large" };
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return { ok: false, status: 400, error: "invalid_json" };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, status: 400, error: "not_an_object" };
  if (!isActivityShaped(body as Record<string, unknown>)) return { ok: false, status: 400, error: "not_an_activity" };
  return { ok: true, request: { body: body as Record<string, unknown>, headers: request.headers, method: request.method } };
}

/**
 * The Bot Connector always sends a type, a service URL and the conversation and sender; anything
 * without them cannot be answered and is refused before the SDK sees it (and before a reference with
 * a service URL nobody can reach is kept for later posts).
 */
function isActivityShaped(body: Record<string, unknown>): boolean {
  const idOf = (value: unknown) => typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
  return typeof body.type === "string" && isHttpUrl(body.serviceUrl) && idOf(body.conversation) && idOf(body.from);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Collects status, headers and body, and writes them once on end(); `send` alone does not write. */
export function toBotResponse(response: ServerResponse): WebResponse {
  let status = 200;
  let body: string | undefined;
  const headers: Record<string, string> = {};
  const shim: WebResponse = {
    get headersSent() {
      return response.headersSent;
    },
    get writableEnded() {
      return response.writableEnded;
    },
    status(code: number) {
      status = Number(code);
      return shim;
    },
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = String(value);
      return shim;
    },
    send(payload?: unknown) {
      if (payload === undefined || payload === null) return shim;
      if (typeof payload === "string" || Buffer.isBuffer(payload)) {
        body = payload.toString();
        headers["content-type"] ??= "text/plain; charset=utf-8";
      } else {
        body = JSON.stringify(payload);
        headers["content-type"] ??= "application/json; charset=utf-8";
      }
      return shim;
    },
    end() {
      if (response.writableEnded) return shim;
      response.writeHead(status, headers);
      response.end(body);
      return shim;
    },
  };
  return shim;
}

export function refuse(response: ServerResponse, status: number, error: string): void {
  // The rest of a body too large to read is left unread; a kept-alive connection would choke on it.
  const closing: Record<string, string> = status === 413 ? { connection: "close" } : {};
  response.writeHead(status, { "content-type": "application/json", ...closing });
  response.end(JSON.stringify({ error }));
}
