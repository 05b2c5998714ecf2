import { afterEach, describe, expect, it } from "vitest";
import pino from "pino";
import { createTeamsAdapter } from "../../../adapters/teams/create-teams-adapter.ts";
import { OPEN_FORM_ACTION } from "../../../adapters/teams/to-interaction.ts";
import { findConversation, findPersonalConversation } from "../../../src/storage/conversations.ts";
import { captureLogger, WARN } from "./capture-logger.ts";
import { channelMention, personalConversationOf, personalInstall, personalMessage, taskFetch, taskSubmit, teamInstall } from "./teams-activities.ts";
import { BOT, CHANNELS, startTeamsHarness, TENANT, type TeamsHarness } from "./teams-harness.ts";
import { cardButtons, cardOf, cardText, dialogCardOf, readForm } from "./read-card.ts";
import { caseLauncherInChannel } from "./case-launcher.ts";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

describe("the Teams adapter receiving activities", () => {
  it("answers a channel @mention over HTTP with a card in that message's thread", async () => {
    harness = await startTeamsHarness();
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    const mention = channelMention("anna", CHANNELS.team, "casus");
    expect((await harness.send(mention)).status).toBe(200);
    const [reply] = harness.connector.repliesTo(CHANNELS.team, String(mention.id));
    expect(cardText(cardOf(reply!.activity))).toMatch(/^Casus inbrengen/);
    expect(cardButtons(cardOf(reply!.activity)).map((button) => button.action)).toEqual([OPEN_FORM_ACTION]);
    expect(harness.connector.messagesIn(CHANNELS.team)).toEqual([]);
  });

  it("stores the full conversation reference for every channel of a team it is installed in", async () => {
    harness = await startTeamsHarness();
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    for (const channel of [CHANNELS.team, CHANNELS.triage]) {
      const stored = findConversation(harness.test.db, "msteams", channel)!;
      expect(stored).toMatchObject({ kind: "channel", isReachable: true, userKey: null });
      expect(JSON.parse(stored.reference)).toEqual({
        channelId: "msteams",
        serviceUrl: harness.connector.url,
        bot: BOT,
        conversation: { id: channel, conversationType: "channel", isGroup: true, tenantId: TENANT },
      });
    }
  });

  it("stores a person's own chat when they install the app, and welcomes them once", async () => {
    harness = await startTeamsHarness();
    for (const activity of personalInstall("anna")) await harness.send(activity);
    const stored = findPersonalConversation(harness.test.db, "msteams", "msteams:29:anna")!;
    expect(JSON.parse(stored.reference)).toMatchObject({
      serviceUrl: harness.connector.url,
      conversation: { id: personalConversationOf("anna"), conversationType: "personal", tenantId: TENANT },
      user: { id: "29:anna", name: "Anna" },
      bot: BOT,
    });
    const welcome = harness.connector.messagesIn(personalConversationOf("anna"));
    expect(welcome.map((message) => cardText(cardOf(message.activity)))).toEqual([expect.stringMatching(/^Welkom bij bedoeling-bot/)]);
  });

  it("tells a person their Teams id when they ask in their own chat, for the operator's configuration", async () => {
    harness = await startTeamsHarness();
    for (const activity of personalInstall("lisa")) await harness.send(activity);
    await harness.send(personalMessage("lisa", "wie ben ik"));
    const last = harness.connector.messagesIn(personalConversationOf("lisa")).at(-1)!;
    expect(cardText(cardOf(last.activity))).toContain("msteams:29:lisa");
  });

  it("handles an activity that Teams delivers twice only once", async () => {
    harness = await startTeamsHarness();
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    const mention = channelMention("anna", CHANNELS.team, "casus hulp");
    await harness.send(mention);
    expect((await harness.send(mention)).status).toBe(200);
    expect(harness.connector.repliesTo(CHANNELS.team, String(mention.id))).toHaveLength(1);
  });

  it("opens a typed command's form from its card, keeps errors in the dialog, and replaces the card once submitted", async () => {
    harness = await startTeamsHarness();
    const { thread, launcher, opener } = await caseLauncherInChannel(harness);

    const opened = await harness.send(taskFetch("anna", thread, launcher!.id, opener.data));
    const form = readForm(dialogCardOf(opened.body))!;
    expect(form.formId).toBe("case.submit");

    const invalid = await harness.send(taskSubmit("anna", thread, { ...form.submitData, title: "Zonder de rest" }));
    expect(Object.keys(readForm(dialogCardOf(invalid.body))!.errors)).toContain("situation");
    expect(harness.connector.messages.get(launcher!.id)!.updates).toBe(0);

    const values = { title: "Kostendelersnorm bij kleinzoon", situation: "Tijdelijk inwonend.", rule: "Kostendelersnorm", ruleLevel: "law" };
    const sent = await harness.send(taskSubmit("anna", thread, { ...form.submitData, ...values, bedoeling: "Bestaanszekerheid", urgency: "high", team: "kcc", isAnonymous: "false" }));
    expect(cardText(dialogCardOf(sent.body))).toMatch(/G-2026-0001/);
    const replaced = harness.connector.messages.get(launcher!.id)!;
    expect(replaced.updates).toBe(1);
    expect(cardButtons(cardOf(replaced.activity)).map((button) => button.action)).not.toContain(OPEN_FORM_ACTION);
    expect(harness.connector.callsTo("PUT")[0]!.conversationId).toBe(thread);
  });

  it("warns loudly at start when it runs without authentication, and says so in its health", async () => {
    const { logger, lines } = captureLogger();
    harness = await startTeamsHarness({ logger });
    expect(lines.find((line) => line.level === WARN && /WITHOUT AUTHENTICATION/.test(line.msg))).toBeDefined();
    expect(harness.adapter.health()).toMatchObject({ platform: "msteams", isHealthy: true, detail: expect.stringMatching(/unauthenticated/) });
  });

  it("refuses Teams settings it cannot authenticate with, with a coded error", () => {
    const harnessless = () =>
      createTeamsAdapter({
        bot: { handle: async () => ({ kind: "nothing" }) },
        db: {} as never,
        settings: { appId: "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", appPassword: "x", appType: "SingleTenant", isUnauthenticated: false },
        logger: pino({ level: "silent" }),
        clock: { now: () => new Date() },
        outbox: { register: () => undefined, kick: () => undefined },
      });
    expect(harnessless).toThrow(expect.objectContaining({ code: "teams_settings_invalid" }));
  });
});
