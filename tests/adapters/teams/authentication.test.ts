import { afterEach, describe, expect, it } from "vitest";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { FakeTokenIssuer } from "./fake-token-issuer.ts";
import { cardOf, cardText } from "./read-card.ts";
import { personalConversationOf, personalInstall, personalMessage } from "./teams-activities.ts";
import { startTeamsHarness, TENANT, type TeamsHarness } from "./teams-harness.ts";

// With MICROSOFT_APP_ID set, every activity must carry a token the Bot Framework (here: a tenant of our
// own on 127.0.0.1, with its signing keys published the way Entra ID publishes them) signed for this app.

const APP_ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
const OUTGOING_TOKEN = "token-for-the-bot-connector";

let harness: TeamsHarness | undefined;
let issuer: FakeTokenIssuer | undefined;
afterEach(async () => {
  await harness?.close();
  await issuer?.close();
  harness = issuer = undefined;
});

async function startAuthenticated(): Promise<{ harness: TeamsHarness; issuer: FakeTokenIssuer }> {
  issuer = await FakeTokenIssuer.start(TENANT);
  harness = await startTeamsHarness({
    settings: { appId: APP_ID, appPassword: "geheim", tenantId: TENANT, appType: "SingleTenant", isUnauthenticated: false },
    ownIdentity: { authorityEndpoint: issuer.url, issuers: [issuer.issuer], accessToken: async () => OUTGOING_TOKEN },
  });
  return { harness, issuer };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Everything an activity could leave behind. */
function storedRows(running: TeamsHarness): Record<string, number> {
  const count = (table: string) => running.test.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return Object.fromEntries(["conversations", "deliveries", "cases", "answers", "outbox"].map((table) => [table, count(table)]));
}

describe("POST /api/messages with an app id", () => {
  it("answers 401 to an activity without a valid token, and neither handles it, stores it nor calls out", async () => {
    const { harness, issuer } = await startAuthenticated();
    const empty = storedRows(harness);
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const attempts: Record<string, Record<string, string>> = {
      "no token": {},
      "another scheme": { authorization: "Basic YW5uYTpnZWhlaW0=" },
      "not a token": bearer("abc.def.ghi"),
      "signed with an unpublished key": bearer(issuer.token(APP_ID, {}, FakeTokenIssuer.strangerKey())),
      "for another app": bearer(issuer.token("another-app")),
      "expired": bearer(issuer.token(APP_ID, { exp: hourAgo, nbf: hourAgo - 600, iat: hourAgo - 600 })),
      "from another issuer": bearer(issuer.token(APP_ID, { iss: `${issuer.url}/other-tenant/v2.0` })),
    };
    for (const [label, headers] of Object.entries(attempts)) {
      for (const activity of [...personalInstall("anna"), personalMessage("anna", "casus")]) {
        expect((await harness.send(activity, headers)).status, label).toBe(401);
      }
    }
    expect(harness.connector.calls).toEqual([]);
    expect(storedRows(harness)).toEqual(empty);
  });

  it("handles an activity whose token the tenant's published key signed, and calls the Bot Connector with its own token", async () => {
    const { harness, issuer } = await startAuthenticated();
    const token = issuer.token(APP_ID, { serviceurl: harness.connector.url });
    for (const activity of personalInstall("anna")) expect((await harness.send(activity, bearer(token))).status).toBe(200);
    await harness.adapter.platform.sendDirect({ platform: "msteams", id: "29:anna" }, textMessage("Je casus is besloten."));

    const texts = harness.connector.messagesIn(personalConversationOf("anna")).map((message) => cardText(cardOf(message.activity)));
    expect(texts).toEqual([expect.stringMatching(/^Welkom bij bedoeling-bot/), "Je casus is besloten."]);
    expect(harness.connector.calls.map((call) => call.authorization)).toEqual([`Bearer ${OUTGOING_TOKEN}`, `Bearer ${OUTGOING_TOKEN}`]);
    expect(issuer.calls).toContain(`/${TENANT}/discovery/v2.0/keys`);
  });

  it("refuses a token issued for another service URL, and a service URL outside Microsoft's hosts, without calling out", async () => {
    const { harness, issuer } = await startAuthenticated();
    const elsewhere = "https://bot-connector.example.org/";
    const forTeams = issuer.token(APP_ID, { serviceurl: "https://smba.trafficmanager.net/emea/" });
    expect((await harness.send(personalMessage("anna", "casus"), bearer(forTeams))).status).toBe(400);
    const forElsewhere = issuer.token(APP_ID, { serviceurl: elsewhere });
    expect((await harness.send({ ...personalMessage("anna", "casus"), serviceUrl: elsewhere }, bearer(forElsewhere))).status).toBe(400);
    expect(harness.connector.calls).toEqual([]);
    expect(storedRows(harness).conversations).toBe(0);
  });
});
