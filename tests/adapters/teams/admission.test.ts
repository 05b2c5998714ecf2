import { afterEach, describe, expect, it } from "vitest";
import { isLoopbackUrl } from "../../../adapters/teams/admit-activity.ts";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { findConversation, rememberConversation } from "../../../src/storage/conversations.ts";
import { cardOf, cardText } from "./read-card.ts";
import { channelMention, personalMessage, teamInstall } from "./teams-activities.ts";
import { CHANNELS, startTeamsHarness, TENANT, type TeamsHarness } from "./teams-harness.ts";

// Only Teams, only the tenants we serve, and, without authentication, only this machine.

let harness: TeamsHarness;
afterEach(async () => harness?.close());

function withTenant(activity: Record<string, unknown>, tenant: string): Record<string, unknown> {
  const conversation = activity.conversation as Record<string, unknown>;
  const channelData = activity.channelData as Record<string, unknown>;
  return { ...activity, conversation: { ...conversation, tenantId: tenant }, channelData: { ...channelData, tenant: { id: tenant } } };
}

describe("POST /api/messages", () => {
  it("refuses an activity from any channel but Teams with 400, and does nothing with it", async () => {
    harness = await startTeamsHarness();
    for (const channelId of ["webchat", "emulator", undefined]) {
      const response = await harness.send({ ...personalMessage("anna", "casus hulp"), channelId });
      expect(response, String(channelId)).toMatchObject({ status: 400, body: { error: "not_msteams" } });
    }
    expect(harness.connector.calls).toEqual([]);
    expect(harness.test.db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
  });

  it("refuses an activity the Teams schema does not accept with 400, before any turn and with no effect", async () => {
    harness = await startTeamsHarness();
    const misshapen = [
      { ...personalMessage("anna", "casus hulp"), text: 42 },
      { ...personalMessage("anna", "casus hulp"), recipient: "bedoeling-bot" },
      { ...personalMessage("anna", "casus hulp"), type: 7 },
    ];
    for (const activity of misshapen) {
      const response = await harness.send(activity);
      expect(response, JSON.stringify(activity).slice(0, 80)).toMatchObject({ status: 400, body: { error: "not_an_activity" } });
    }
    expect(harness.connector.calls).toEqual([]);
    expect(harness.test.db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    expect((await harness.send(personalMessage("anna", "casus hulp"))).status).toBe(200);
  });

  it("refuses activities from a tenant outside the allow-list with 403 and no effect, and serves the allowed one", async () => {
    harness = await startTeamsHarness({ allowedTenants: [TENANT] });
    const install = teamInstall("lisa").map((activity) => withTenant(activity, "tenant-elders"));
    for (const activity of install) expect((await harness.send(activity)).status).toBe(403);
    const onlyInChannelData = { ...channelMention("anna", CHANNELS.team, "casus"), channelData: { tenant: { id: "tenant-elders" } } };
    expect((await harness.send(onlyInChannelData)).status).toBe(403);
    const noTenant = { ...personalMessage("anna", "hallo"), conversation: { id: "a:personal:29:anna", conversationType: "personal" }, channelData: {} };
    expect((await harness.send(noTenant)).status).toBe(403);
    expect(harness.connector.calls).toEqual([]);
    expect(findConversation(harness.test.db, "msteams", CHANNELS.team)).toBeUndefined();

    for (const activity of teamInstall("lisa")) expect((await harness.send(activity)).status).toBe(200);
    const mention = channelMention("anna", CHANNELS.team, "casus");
    await harness.send(mention);
    expect(cardText(cardOf(harness.connector.repliesTo(CHANNELS.team, String(mention.id))[0]?.activity))).toMatch(/Casus/);
  });

  it("without authentication, refuses a service URL off this machine with no outbound call", async () => {
    harness = await startTeamsHarness();
    for (const serviceUrl of ["https://smba.trafficmanager.net/emea/", "http://192.0.2.10:3978/", "http://localhost.example.org/", "http://127.0.0.1@example.org/"]) {
      const response = await harness.send({ ...channelMention("anna", CHANNELS.team, "casus hulp"), serviceUrl });
      expect(response, serviceUrl).toMatchObject({ status: 403, body: { error: "service_url_not_loopback" } });
    }
    expect(harness.connector.calls).toEqual([]);
    expect(findConversation(harness.test.db, "msteams", CHANNELS.team)).toBeUndefined();
  });

  it("without authentication, does not call a stored reference's service URL off this machine either", async () => {
    harness = await startTeamsHarness();
    const reference = { channelId: "msteams", serviceUrl: "https://smba.trafficmanager.net/emea/", conversation: { id: CHANNELS.team } };
    rememberConversation(harness.test.db, { platform: "msteams", conversationId: CHANNELS.team, kind: "channel", userKey: null, reference: JSON.stringify(reference) }, new Date());
    await expect(harness.adapter.platform.post(CHANNELS.team, textMessage("Hallo"))).rejects.toMatchObject({ code: "teams_service_url_refused" });
  });
});

describe("isLoopbackUrl", () => {
  it("accepts this machine's names and nothing that only looks like them", () => {
    for (const url of ["http://127.0.0.1:3978/", "http://localhost:3978", "https://localhost/", "http://[::1]:8080/"]) expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of ["http://localhost.example.org/", "http://127.0.0.1.nip.io/", "http://user:127.0.0.1@example.org/", "http://[::2]/", "ftp://127.0.0.1/", "127.0.0.1", 42]) {
      expect(isLoopbackUrl(url), String(url)).toBe(false);
    }
  });
});
