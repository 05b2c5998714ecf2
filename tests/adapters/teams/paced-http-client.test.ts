import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversationOf, createPacedHttpClient, DEFAULT_TUNING, retryAfterMs, type HttpClient } from "../../../adapters/teams/paced-http-client.ts";
import { ResponseHeaders } from "../../../adapters/teams/response-headers.ts";
import { TeamsError } from "../../../adapters/teams/teams-error.ts";
import { FakeBotConnector } from "../../support/fake-bot-connector.ts";

let connector: FakeBotConnector;
let waits: number[];
let client: HttpClient;

beforeEach(async () => {
  connector = await FakeBotConnector.start();
  waits = [];
  client = createPacedHttpClient(
    {
      ...DEFAULT_TUNING,
      limits: [{ limit: 100, windowMs: 1000 }],
      time: { now: () => performance.now(), sleep: async (ms) => void waits.push(ms) },
      timeoutMs: 200,
      backoffMs: (attempt) => attempt * 10,
    },
    pino({ level: "silent" }),
  );
});
afterEach(() => connector.close());

/** A request as the SDK hands it to its transport. */
function post(conversationId: string) {
  const headers = new ResponseHeaders();
  headers.set("Content-Type", "application/json");
  headers.set("Content-Length", "999");
  return {
    url: `${connector.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`,
    method: "POST",
    headers,
    body: JSON.stringify({ type: "message", text: "hallo" }),
  } as unknown as Parameters<HttpClient["sendRequest"]>[0];
}

describe("the paced transport", () => {
  it("waits as long as a 429's Retry-After says and then delivers once", async () => {
    connector.failNext(1, { status: 429, retryAfter: "2" });
    const response = await client.sendRequest(post("19:kcc@thread.tacv2"));
    expect(response.status).toBe(201);
    expect(waits).toEqual([2000]);
    expect(connector.messagesIn("19:kcc@thread.tacv2")).toHaveLength(1);
  });

  it("retries server errors and time-outs with back-off", async () => {
    connector.failNext(1, { status: 503 });
    connector.failNext(1, { hang: true });
    const response = await client.sendRequest(post("19:kcc@thread.tacv2"));
    expect(response.status).toBe(201);
    expect(waits).toEqual([10, 20]);
    expect(connector.calls.map((call) => call.status)).toEqual([503, 0, 201]);
    expect(connector.messagesIn("19:kcc@thread.tacv2")).toHaveLength(1);
  });

  it("gives up after its attempts with a coded error the SDK will not retry", async () => {
    connector.failNext(10, { status: 500 });
    const failure = await client.sendRequest(post("19:kcc@thread.tacv2")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TeamsError);
    expect(failure).toMatchObject({ code: "teams_delivery_failed", status: 500 });
    expect(connector.calls).toHaveLength(4);
  });

  it("hands refusals straight back without retrying", async () => {
    connector.failNext(1, { status: 403 });
    const response = await client.sendRequest(post("19:kcc@thread.tacv2"));
    expect(response.status).toBe(403);
    expect(connector.calls).toHaveLength(1);
  });

  it("does not wait for a Retry-After longer than it may", async () => {
    connector.failNext(1, { status: 429, retryAfter: "3600" });
    await expect(client.sendRequest(post("19:kcc@thread.tacv2"))).rejects.toMatchObject({ code: "teams_delivery_failed", status: 429 });
    expect(waits).toEqual([]);
  });
});

describe("conversationOf and retryAfterMs", () => {
  it("paces a thread as its channel", () => {
    expect(conversationOf("https://smba.example/emea/v3/conversations/19%3Akcc%40thread.tacv2%3Bmessageid%3D12/activities/12")).toBe("19:kcc@thread.tacv2");
    expect(conversationOf("https://smba.example/emea/v3/conversations")).toBeUndefined();
  });

  it("reads Retry-After in seconds or as a date", () => {
    expect(retryAfterMs("1.5")).toBe(1500);
    expect(retryAfterMs("Mon, 23 Mar 2026 08:00:10 GMT", Date.parse("2026-03-23T08:00:00Z"))).toBe(10_000);
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
