import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface IncomingResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Why a request got no answer: it never arrived (refused, unknown host) or its answer did not come in time. */
export class RequestFailure extends Error {
  constructor(
    readonly kind: "unreachable" | "timeout",
    readonly code: string,
  ) {
    super(`${kind}: ${code}`);
    this.name = "RequestFailure";
  }
}

// Connections to Slack and the Bot Connector are kept open between calls, as browsers do.
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 64 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }) };
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * One HTTP request on node:http(s). The platform SDKs' own clients (axios, fetch) cost two to three
 * times the CPU per call (measured in bench/), and every prompt, modal and reply is such a call.
 */
export function sendRequest(outgoing: OutgoingRequest): Promise<IncomingResponse> {
  const url = new URL(outgoing.url);
  const isHttps = url.protocol === "https:";
  const send = isHttps ? httpsRequest : httpRequest;
  const headers = { ...outgoing.headers, ...(outgoing.body === undefined ? {} : { "content-length": String(Buffer.byteLength(outgoing.body)) }) };
  return new Promise((resolve, reject) => {
    const request = send(url, { method: outgoing.method, headers, agent: isHttps ? agents.https : agents.http, signal: outgoing.signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", (error) => reject(toFailure(error)));
    });
    request.setTimeout(outgoing.timeoutMs, () => request.destroy(new RequestFailure("timeout", "ETIMEDOUT")));
    request.on("error", (error) => reject(toFailure(error)));
    request.end(outgoing.body);
  });
}

function toFailure(error: Error & { code?: string }): Error {
  if (error instanceof RequestFailure || error.name === "AbortError") return error;
  return new RequestFailure(UNREACHABLE.has(error.code ?? "") ? "unreachable" : "timeout", error.code ?? error.name);
}
