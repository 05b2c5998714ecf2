import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNING_SECRET } from "../adapters/slack/slack-harness.ts";
import { writeSlackConfig } from "../faults/bot-process.ts";
import { FakeSlackApi } from "../support/fake-slack-api.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { startBotWith, type RunningBot } from "./bot-with-environment.ts";
import { FakeProxy } from "./fake-proxy.ts";

const TEAMS = {
  MICROSOFT_APP_ID: "3f1c2b9a-0000-4000-8000-00000000b0b0",
  MICROSOFT_APP_PASSWORD: "not-a-real-client-secret",
  MICROSOFT_APP_TENANT_ID: "7d2b2f0c-0000-4000-8000-000000000042",
};

/**
 * Slack's Web API over https:// on 127.0.0.1 (a certificate of the test's own, which the bot trusts via
 * NODE_EXTRA_CA_CERTS), answered by the fake behind it: what a bot behind a proxy really does is open a
 * CONNECT tunnel and speak TLS through it.
 */
async function startHttpsSlack(fake: FakeSlackApi, folder: string): Promise<{ server: Server; url: string; certificate: string }> {
  const key = join(folder, "key.pem");
  const certificate = join(folder, "certificate.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", certificate], { stdio: "ignore" });
  const server = createServer({ key: readFileSync(key), cert: readFileSync(certificate) }, (request, response) => {
    const forwarded = httpRequest(new URL(request.url!, fake.url), { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, certificate };
}

describe("the bot behind an outbound proxy (HTTPS_PROXY)", () => {
  const folder = mkdtempSync(join(tmpdir(), "bedoeling-proxy-"));
  let fake: FakeSlackApi;
  let slack: Awaited<ReturnType<typeof startHttpsSlack>>;
  let proxy: FakeProxy;
  let bot: RunningBot;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    slack = await startHttpsSlack(fake, folder);
    proxy = await FakeProxy.start();
    const databasePath = tempDatabasePath();
    bot = await startBotWith({
      DATABASE_PATH: databasePath,
      BEDOELING_CONFIG: writeSlackConfig(databasePath, { channel: "C0KCC", triageChannel: "C0KCCGARAGE" }),
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      ...TEAMS,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: "localhost",
      NODE_EXTRA_CA_CERTS: slack.certificate,
    });
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    await proxy?.close();
    await new Promise((resolve) => slack?.server.close(resolve));
    await fake?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("reaches Slack through a CONNECT tunnel, and asks Microsoft Entra ID for its Teams token through the proxy too", async () => {
    // auth.test at start-up went through the tunnel, TLS and all.
    expect(proxy.seen).toContain(`CONNECT ${new URL(slack.url).host}`);
    expect(fake.callsOf("auth.test")).toHaveLength(1);
    expect(bot.output()).toContain(`"proxy":"https via ${new URL(proxy.url).host}, http via direct, except NO_PROXY"`);

    // Readiness asks for a Teams token: the proxy sees the way to Entra ID and refuses it (403), as a
    // proxy without that host on its allow list would; so Teams is not ready, and says why.
    const response = await fetch(`${bot.url}/readyz`);
    const text = await response.text();
    expect(proxy.seen).toContain("CONNECT login.microsoftonline.com:443");
    expect(response.status).toBe(503);
    const readiness = JSON.parse(text) as { platforms: { platform: string; isReady: boolean; detail?: string }[] };
    expect(readiness.platforms).toEqual([
      { platform: "slack", isReady: true, detail: "http" },
      { platform: "msteams", isReady: false, detail: "no token from Microsoft Entra ID: network_error" },
    ]);
    for (const secret of [TEAMS.MICROSOFT_APP_PASSWORD, fake.token, SIGNING_SECRET]) expect(text).not.toContain(secret);
  });
});
