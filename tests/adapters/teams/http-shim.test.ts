import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readJsonRequest, refuse, toBotResponse } from "../../../adapters/teams/http-shim.ts";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that echoes what the shim read, answering through the Express-like response. */
async function start(): Promise<string> {
  server = createServer(async (request, response) => {
    const read = await readJsonRequest(request, 200);
    if (!read.ok) return refuse(response, read.status, read.error);
    const reply = toBotResponse(response);
    reply.status(201);
    reply.setHeader("X-Seen", read.request.method ?? "");
    reply.send({ body: read.request.body, auth: read.request.headers.authorization ?? null });
    reply.end();
    reply.end();
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

describe("the node:http shim for the SDK's authorizeRequest and CloudAdapter.process", () => {
  it("gives the adapter a parsed body and headers, and writes status, headers and JSON once", async () => {
    const url = await start();
    const activity = { type: "message", serviceUrl: "http://127.0.0.1:1/", conversation: { id: "c" }, from: { id: "u" } };
    const response = await fetch(url, { method: "POST", body: JSON.stringify(activity), headers: { authorization: "Bearer x" } });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-seen")).toBe("POST");
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ body: activity, auth: "Bearer x" });
  });

  it("refuses bodies that are not JSON activities or are too large", async () => {
    const url = await start();
    expect((await fetch(url, { method: "POST", body: "{not json" })).status).toBe(400);
    expect((await fetch(url, { method: "POST", body: "[1,2]" })).status).toBe(400);
    expect((await fetch(url, { method: "POST", body: JSON.stringify({ type: "message" }) })).status).toBe(400);
    const unreachable = { type: "message", serviceUrl: "javascript:alert(1)", conversation: { id: "c" }, from: { id: "u" } };
    expect((await fetch(url, { method: "POST", body: JSON.stringify(unreachable) })).status).toBe(400);
    expect((await fetch(url, { method: "POST", body: JSON.stringify({ text: "x".repeat(500) }) })).status).toBe(413);
  });

  it("sends text bodies as text, and tells the SDK whether the answer has gone out", async () => {
    const seen: boolean[] = [];
    server = createServer((_request, response) => {
      const reply = toBotResponse(response);
      reply.status(401);
      reply.send("Unauthorized");
      seen.push(reply.headersSent, reply.writableEnded);
      reply.end();
      seen.push(reply.headersSent, reply.writableEnded);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Unauthorized");
    expect(seen).toEqual([false, false, true, true]);
  });
});
