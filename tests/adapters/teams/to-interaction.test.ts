import { describe, expect, it } from "vitest";
import type { TeamsEvent, Where } from "../../../adapters/teams/parse-activity.ts";
import { asksForOwnId, commandText, OPEN_FORM_ACTION, toInteraction } from "../../../adapters/teams/to-interaction.ts";

const channel: Where = {
  conversationId: "19:kcc@thread.tacv2;messageid=100",
  baseConversationId: "19:kcc@thread.tacv2",
  threadId: "100",
  scope: "channel",
};
const personal: Where = { conversationId: "a:anna", baseConversationId: "a:anna", scope: "personal" };
const anna = { id: "29:anna", name: "Anna" };
const user = { platform: "msteams", id: "29:anna" };

describe("toInteraction", () => {
  it("turns `casus …` into the casus command, in the channel (not the thread)", () => {
    expect(toInteraction({ kind: "message", where: channel, user: anna, text: "casus status G-2026-0042" })).toEqual({
      kind: "command",
      user,
      place: { conversationId: "19:kcc@thread.tacv2" },
      name: "casus",
      text: "status G-2026-0042",
    });
  });

  it("opens the person's home when they greet the bot in their own chat, or install it there (once)", () => {
    expect(toInteraction({ kind: "message", where: personal, user: anna, text: "Hallo" })).toEqual({ kind: "home-opened", user });
    expect(toInteraction({ kind: "installed", where: personal, user: anna, isInstallationUpdate: true })).toEqual({ kind: "home-opened", user });
    expect(toInteraction({ kind: "installed", where: personal, user: anna, isInstallationUpdate: false })).toBeUndefined();
    expect(toInteraction({ kind: "installed", where: channel, isInstallationUpdate: true })).toBeUndefined();
    expect(toInteraction({ kind: "message", where: channel, user: anna, text: "hallo" })).toMatchObject({ kind: "command", text: "hallo" });
  });

  it("turns a card button into a button press on that card, inside its thread", () => {
    const event: TeamsEvent = { kind: "dialog-open", where: channel, user: anna, cardId: "200", button: { action: "case.take", value: "42" } };
    expect(toInteraction(event)).toEqual({
      kind: "button",
      user,
      place: { conversationId: "19:kcc@thread.tacv2", message: { platform: "msteams", conversationId: "19:kcc@thread.tacv2", messageId: "200", threadId: "100" } },
      action: "case.take",
      value: "42",
    });
  });

  it("leaves out the thread when the card is the thread's first message", () => {
    const event: TeamsEvent = { kind: "dialog-open", where: channel, user: anna, cardId: "100", button: { action: "answer.open", value: "1" } };
    expect(toInteraction(event)).toMatchObject({ place: { message: { messageId: "100" } } });
    expect(JSON.stringify(toInteraction(event))).not.toContain("threadId");
  });

  it("runs the typed command again when its 'Formulier openen' button is pressed", () => {
    const event: TeamsEvent = { kind: "dialog-open", where: channel, user: anna, cardId: "300", button: { action: OPEN_FORM_ACTION, value: "nieuw" } };
    expect(toInteraction(event)).toEqual({ kind: "command", user, place: { conversationId: "19:kcc@thread.tacv2" }, name: "casus", text: "nieuw" });
  });

  it("turns a dialog's submit into the form's submission", () => {
    const event: TeamsEvent = {
      kind: "form-submit",
      where: channel,
      user: anna,
      state: { form: { id: "answer.submit", title: "t", submitLabel: "s", fields: [], context: '{"run":1}' }, openedFor: "29:anna" },
      values: { text: "Antwoord" },
    };
    expect(toInteraction(event)).toEqual({
      kind: "form-submit",
      user,
      place: { conversationId: "19:kcc@thread.tacv2" },
      formId: "answer.submit",
      context: '{"run":1}',
      values: { text: "Antwoord" },
    });
  });
});

describe("asksForOwnId", () => {
  it("hears 'wie ben ik' only in a person's own chat", () => {
    expect(asksForOwnId({ kind: "message", where: personal, user: anna, text: "Wie ben ik?" })).toBe(true);
    expect(asksForOwnId({ kind: "message", where: channel, user: anna, text: "wie ben ik" })).toBe(false);
    expect(asksForOwnId({ kind: "message", where: personal, user: anna, text: "casus mijn" })).toBe(false);
  });
});

describe("commandText", () => {
  it("drops the command word however it was typed and keeps the rest", () => {
    expect(commandText("Casus   status G-2026-0042")).toBe("status G-2026-0042");
    expect(commandText("/casus")).toBe("");
    expect(commandText("mijn")).toBe("mijn");
    expect(commandText("x".repeat(3000))).toHaveLength(2000);
  });
});
