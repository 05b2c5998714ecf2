import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness } from "../../src/http/readiness.ts";
import { TENANT, startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";

// Teams is ready when Microsoft Entra ID gives the bot a token for the Bot Connector. Here the token
// comes from a source of the test's own (MSAL cannot be pointed at a plain-http fake); the way to the
// real Entra ID through a proxy is in egress-process.test.ts.

const APP = { appId: "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", appPassword: "geheim", tenantId: TENANT, appType: "SingleTenant", isUnauthenticated: false };

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function readinessWithTokens(accessToken: (scope: string) => Promise<string>) {
  harness = await startTeamsHarness({ settings: APP, ownIdentity: { authorityEndpoint: "http://127.0.0.1:9/", issuers: [], accessToken } });
  return checkReadiness({ db: harness.test.db, adapters: [harness.adapter], clock: harness.test.clock });
}

describe("readiness of Teams", () => {
  it("is ready when a token for the Bot Connector can be had", async () => {
    const scopes: string[] = [];
    const readiness = await readinessWithTokens(async (scope) => (scopes.push(scope), "token"));
    expect(readiness.platforms).toEqual([{ platform: "msteams", isReady: true }]);
    expect(readiness.isReady).toBe(true);
    expect(scopes).toEqual(["https://api.botframework.com"]);
  });

  it("is not ready when Entra ID refuses, and gives the error's code, never its message", async () => {
    const refusal = Object.assign(new Error(`AADSTS7000215: Invalid client secret provided for app ${APP.appId}`), { errorCode: "invalid_client" });
    const readiness = await readinessWithTokens(async () => Promise.reject(refusal));
    expect(readiness.platforms).toEqual([{ platform: "msteams", isReady: false, detail: "no token from Microsoft Entra ID: invalid_client" }]);
    expect(readiness.isReady).toBe(false);
  });

  it("needs no token without authentication (local testing)", async () => {
    harness = await startTeamsHarness();
    const readiness = await checkReadiness({ db: harness.test.db, adapters: [harness.adapter], clock: harness.test.clock });
    expect(readiness.platforms).toEqual([{ platform: "msteams", isReady: true, detail: "unauthenticated (local testing only)" }]);
  });
});
