import { HttpClient, HttpError, type HttpRequestConfig } from "@microsoft/agents-hosting";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversationOf, createPacedHttpClient, DEFAULT_TUNING, retryAfterMs, type PacedHttpClient } from "../../../adapters/teams/paced-http-client.ts";
import { TeamsError } from "../../../adapters/teams/teams-error.ts";
import { FakeBotConnector } from "../../support/fake-bot-connector.ts";

let connector: FakeBotConnector;
let waits: number[];
let transport: PacedHttpClient;

beforeEach(async () => {
  connector = await FakeBotConnector.start();
  waits = [];
  transport = createPacedHttpClient(
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

/** A call as the SDK's ConnectorClient makes it: a path under the service URL, the activity as an object. */
function post(conversationId: string): HttpRequestConfig {
  return { method: "post", url: `v3/conversations/${conversationId}/activities`, headers: { "Content-Type": "application/json" }, data: { type: "message", text: "hallo" } };
}
const defaults = () => ({ baseURL: connector.url, headers: { authorization: "Bearer token-x" } });

describe("the paced transport", () => {
  it("waits as long as a 429's Retry-After says and then delivers once", async () => {
    connector.failNext(1, { status: 429, retryAfter: "2" });
    const response = await transport.request(post("19:kcc@thread.tacv2"), defaults());
    expect(response).toMatchObject({ status: 201, data: { id: expect.any(String) } });
    expect(waits).toEqual([2000]);
    expect(connector.messagesIn("19:kcc@thread.tacv2")).toHaveLength(1);
  });

  it("retries server errors with back-off", async () => {
    connector.failNext(1, { status: 503 });
    connector.failNext(1, { status: 502 });
    const response = await transport.request(post("19:kcc@thread.tacv2"), defaults());
    expect(response.status).toBe(201);
    expect(waits).toEqual([10, 20]);
    expect(connector.calls.map((call) => call.status)).toEqual([503, 502, 201]);
    expect(connector.messagesIn("19:kcc@thread.tacv2")).toHaveLength(1);
  });

  it("does not send a post that timed out again blindly: Teams may have shown it", async () => {
    connector.failNext(1, { hang: true });
    const failure = await transport.request(post("19:kcc@thread.tacv2"), defaults()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "teams_delivery_unknown" });
    expect(connector.calls).toHaveLength(1);
  });

  it("gives up after its attempts with a coded error", async () => {
    connector.failNext(10, { status: 500 });
    const failure = await transport.request(post("19:kcc@thread.tacv2"), defaults()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TeamsError);
    expect(failure).toMatchObject({ code: "teams_delivery_failed", status: 500 });
    expect(connector.calls).toHaveLength(4);
  });

  it("hands refusals straight back, as the SDK's HttpError with the status, without retrying", async () => {
    connector.failNext(1, { status: 403 });
    const failure = await transport.request(post("19:kcc@thread.tacv2"), defaults()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 403 });
    expect(connector.calls).toHaveLength(1);
  });

  it("does not wait for a Retry-After longer than it may", async () => {
    connector.failNext(1, { status: 429, retryAfter: "3600" });
    await expect(transport.request(post("19:kcc@thread.tacv2"), defaults())).rejects.toMatchObject({ code: "teams_delivery_failed", status: 429 });
    expect(waits).toEqual([]);
  });

  it("carries an SDK HttpClient's calls with its base URL, token and query", async () => {
    connector.members.set("19:kcc@thread.tacv2", [{ id: "29:anna", name: "Anna" }]);
    const client = new HttpClient({ baseURL: `${connector.url}`, headers: { authorization: "Bearer token-x" } });
    transport.carry(client);
    connector.failNext(1, { status: 502 });
    const page = await client.get<{ members: unknown[] }>("v3/conversations/19:kcc@thread.tacv2/pagedmembers", { params: { pageSize: "5", continuationToken: undefined } });
    expect(page.data.members).toEqual([{ id: "29:anna", name: "Anna" }]);
    expect(connector.calls.map((call) => [call.status, call.path, call.authorization])).toEqual([
      [502, "/v3/conversations/19:kcc@thread.tacv2/pagedmembers", "Bearer token-x"],
      [200, "/v3/conversations/19:kcc@thread.tacv2/pagedmembers", "Bearer token-x"],
    ]);
  });
});

describe("conversationOf and retryAfterMs", () => {
  it("paces a thread as its channel, encoded or not", () => {
    expect(conversationOf("https://smba.example/emea/v3/conversations/19%3Akcc%40thread.tacv2%3Bmessageid%3D12/activities/12")).toBe("19:kcc@thread.tacv2");
    expect(conversationOf("https://smba.example/emea/v3/conversations/19:kcc@thread.tacv2;messageid=12/activities/12")).toBe("19:kcc@thread.tacv2");
    expect(conversationOf("https://smba.example/emea/v3/conversations")).toBeUndefined();
  });

  it("reads Retry-After in seconds or as a date", () => {
    expect(retryAfterMs("1.5")).toBe(1500);
    expect(retryAfterMs("Mon, 23 Mar 2026 08:00:10 GMT", Date.parse("2026-03-23T08:00:00Z"))).toBe(10_000);
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
