import { channel } from "node:diagnostics_channel";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Platform } from "../chat/vocabulary.ts";
import { agentFor } from "./egress.ts";

export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Whose API is called: its answers are counted (see platformAnswers). */
  platform?: Platform;
}

/** What a platform answered: its status only. Published on `platformAnswers` for the metrics. */
export interface PlatformAnswer {
  platform: Platform;
  status: number;
}

/** Every answer of a platform's API (Slack's 429s among them), for whoever subscribes: the metrics. */
export const platformAnswers = channel("bedoeling:platform-answer");

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

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * One HTTP request on node:http(s). The platform SDKs' own clients (axios, fetch) cost two to three
 * times the CPU per call (measured in bench/), and every prompt, modal and reply is such a call. The
 * agent (kept-alive connections, or the way through HTTPS_PROXY) comes from egress.ts.
 */
export function sendRequest(outgoing: OutgoingRequest): Promise<IncomingResponse> {
  const url = new URL(outgoing.url);
  const isHttps = url.protocol === "https:";
  const send = isHttps ? httpsRequest : httpRequest;
  const headers = { ...outgoing.headers, ...(outgoing.body === undefined ? {} : { "content-length": String(Buffer.byteLength(outgoing.body)) }) };
  return new Promise((resolve, reject) => {
    const request = send(url, { method: outgoing.method, headers, agent: agentFor(url), signal: outgoing.signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        if (outgoing.platform && platformAnswers.hasSubscribers) platformAnswers.publish({ platform: outgoing.platform, status } satisfies PlatformAnswer);
        resolve({ status, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") });
      });
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
