import { createServer, type Server } from "node:http";
import { request as httpsRequest } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SlackWebApi } from "../../adapters/slack/slack-web-api.ts";
import { readSettings } from "../../src/config/environment.ts";
import { routeEgress } from "../../src/http/egress.ts";
import { isBypassed, proxyFor } from "../../src/http/proxy-for.ts";
import { sendRequest } from "../../src/http/send-request.ts";
import { personalMessage } from "../adapters/teams/teams-activities.ts";
import { startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { FakeProxy } from "./fake-proxy.ts";

// The fakes of Slack and the Bot Connector speak http://, so through HTTP_PROXY the calls to them are
// plain proxy requests (the whole URL, no CONNECT), as http-proxy-agent and undici (proxyTunnel off)
// send them. https:// is tunnelled with CONNECT: shown here against the real hosts, which the fake proxy
// refuses (nothing leaves this machine), and end to end through a tunnel in egress-process.test.ts.

let proxy: FakeProxy;
let slack: FakeSlackApi;

beforeAll(async () => {
  proxy = await FakeProxy.start();
  slack = await FakeSlackApi.start();
});

afterEach(() => {
  routeEgress({});
  proxy.take();
});

afterAll(async () => {
  await slack.close();
  await proxy.close();
});

describe("calls to Slack and Teams through the operator's proxy", () => {
  it("sends a Slack Web API call through HTTP_PROXY, and Slack answers it", async () => {
    routeEgress({ httpProxy: proxy.url });
    const answer = await new SlackWebApi(slack.token, slack.url).apiCall("auth.test", {});
    expect(answer.ok).toBe(true);
    expect(proxy.take()).toEqual([`POST ${slack.url}auth.test`]);
    expect(slack.callsOf("auth.test")).toHaveLength(1);
  });

  it("posts a Teams reply to the Bot Connector through the proxy", async () => {
    let teams: TeamsHarness | undefined;
    try {
      teams = await startTeamsHarness();
      // The test's own fetch to the bot (as Teams would send the activity) goes direct.
      routeEgress({ httpProxy: proxy.url, noProxy: `127.0.0.1:${teams.server.port}` });
      await teams.send(personalMessage("anna", "help"));
      const replies = teams.connector.calls.filter((call) => call.method === "POST" && call.path.includes("/activities"));
      expect(replies.length).toBeGreaterThan(0);
      expect(proxy.take()).toEqual(teams.connector.calls.map((call) => `${call.method} ${teams!.connector.url}${call.path.slice(1)}`));
    } finally {
      await teams?.close();
    }
  });

  it("goes straight to a host that NO_PROXY names, with or without its port", async () => {
    const port = new URL(slack.url).port;
    for (const noProxy of ["127.0.0.1", `127.0.0.1:${port}`, "localhost,127.0.0.1", "*"]) {
      routeEgress({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy });
      expect((await new SlackWebApi(slack.token, slack.url).apiCall("auth.test", {})).ok).toBe(true);
      expect(proxy.take(), noProxy).toEqual([]);
    }
    // Another port of the same host is not named, so that call goes through the proxy.
    routeEgress({ httpProxy: proxy.url, noProxy: "127.0.0.1:1" });
    await new SlackWebApi(slack.token, slack.url).apiCall("auth.test", {});
    expect(proxy.take()).toEqual([`POST ${slack.url}auth.test`]);
  });

  it("tunnels https:// with CONNECT: our Slack calls, fetch (Teams tokens) and node:https without an agent (signing keys)", async () => {
    routeEgress({ httpsProxy: proxy.url, noProxy: "localhost" });
    // slack.com's Web API by default; the proxy refuses everything off this machine with 403.
    await expect(new SlackWebApi("xoxb-not-sent", undefined, 2_000).apiCall("auth.test", {})).rejects.toMatchObject({ code: "slack_api_error" });
    // The Agents SDK asks Microsoft Entra ID for tokens with fetch.
    await expect(fetch("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration")).rejects.toThrow();
    // jwks-rsa fetches the Bot Framework's signing keys with https.request and no agent of its own.
    await new Promise<void>((resolve) => {
      httpsRequest("https://login.botframework.com/v1/.well-known/keys", () => resolve())
        .on("error", () => resolve())
        .end();
    });
    expect(proxy.take()).toEqual(["CONNECT slack.com:443", "CONNECT login.microsoftonline.com:443", "CONNECT login.botframework.com:443"]);
  });

  it("sends nothing through a proxy when none is set", async () => {
    routeEgress({});
    await new SlackWebApi(slack.token, slack.url).apiCall("auth.test", {});
    await (await fetch(`${slack.url}auth.test`, { method: "POST" })).text();
    expect(proxy.take()).toEqual([]);
  });
});

describe("fetch and our own requests decide alike which calls go through the proxy", () => {
  let target: Server;
  let port: number;

  beforeAll(async () => {
    target = createServer((_request, response) => response.end("ok"));
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    port = (target.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => target.close(resolve));
  });

  const noProxyValues = () => ["", "*", "localhost", ".localhost", "*.localhost", "127.0.0.1", `127.0.0.1:${port}`, "127.0.0.1:1", "example.org 127.0.0.1", "127.0.0.10"];

  it("for every NO_PROXY form: names, suffixes, ports, lists and *", async () => {
    for (const noProxy of noProxyValues()) {
      for (const host of ["127.0.0.1", "localhost"]) {
        const url = `http://${host}:${port}/probe`;
        routeEgress({ httpProxy: proxy.url, noProxy });
        const expected = proxyFor(new URL(url), { httpProxy: proxy.url, noProxy }) ? [`GET ${url}`] : [];
        await sendRequest({ url, method: "GET", headers: {}, timeoutMs: 2_000 });
        expect(proxy.take(), `ours: ${url} with NO_PROXY="${noProxy}"`).toEqual(expected);
        await (await fetch(url)).text();
        expect(proxy.take(), `fetch: ${url} with NO_PROXY="${noProxy}"`).toEqual(expected);
      }
    }
  });
});

describe("the proxy rules", () => {
  const proxied = (url: string, noProxy: string) => !isBypassed(new URL(url), noProxy);

  it("matches a host, its subdomains and a leading dot or *., never a mere ending of the name", () => {
    expect(proxied("https://smba.trafficmanager.net/emea/", "trafficmanager.net")).toBe(false);
    expect(proxied("https://smba.trafficmanager.net/emea/", ".trafficmanager.net")).toBe(false);
    expect(proxied("https://smba.trafficmanager.net/emea/", "*.trafficmanager.net")).toBe(false);
    expect(proxied("https://eviltrafficmanager.net/", "trafficmanager.net")).toBe(true);
    expect(proxied("https://slack.com/api/", "SLACK.COM")).toBe(false);
    expect(proxied("https://slack.com/api/", "slack.com:8443")).toBe(true);
    expect(proxied("https://slack.com:8443/api/", "slack.com:8443")).toBe(false);
    expect(proxied("http://[::1]:3978/", "[::1]")).toBe(false);
  });

  it("uses HTTPS_PROXY for https://, HTTP_PROXY for http://, and HTTP_PROXY for https:// when HTTPS_PROXY is empty", () => {
    const both = { httpsProxy: "http://secure:8080", httpProxy: "http://plain:3128" };
    expect(proxyFor(new URL("https://slack.com/"), both)).toBe("http://secure:8080");
    expect(proxyFor(new URL("http://gateway.local/"), both)).toBe("http://plain:3128");
    expect(proxyFor(new URL("https://slack.com/"), { httpProxy: "http://plain:3128" })).toBe("http://plain:3128");
    expect(proxyFor(new URL("http://gateway.local/"), { httpsProxy: "http://secure:8080" })).toBeUndefined();
  });

  it("reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment, lower case too, and refuses a proxy that is no http(s) address", () => {
    const read = (environment: Record<string, string>) => readSettings(environment);
    expect(read({ HTTPS_PROXY: "http://proxy.gemeente.example:8080", NO_PROXY: "localhost,127.0.0.1" })).toMatchObject({
      ok: true,
      settings: { proxy: { httpsProxy: "http://proxy.gemeente.example:8080", noProxy: "localhost,127.0.0.1" } },
    });
    expect(read({ https_proxy: "http://lower:8080", HTTPS_PROXY: "http://upper:8080", no_proxy: ".intern" })).toMatchObject({
      settings: { proxy: { httpsProxy: "http://upper:8080", noProxy: ".intern" } },
    });
    expect(read({ http_proxy: "http://lower:3128" })).toMatchObject({ settings: { proxy: { httpProxy: "http://lower:3128" } } });
    const refused = read({ HTTPS_PROXY: "socks5://proxy:1080" });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems).toEqual([expect.stringMatching(/^omgeving: HTTPS_PROXY: moet een http:\/\/- of https:\/\/-adres zijn/)]);
  });
});
