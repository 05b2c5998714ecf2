import { describe, expect, it } from "vitest";
import { parseSlackPayload } from "../../../adapters/slack/parse-slack-payload.ts";
import { toInteraction } from "../../../adapters/slack/to-interaction.ts";
import { fixture } from "./fixtures.ts";

const translate = (name: string) => toInteraction(parseSlackPayload(fixture(name)));

describe("translating Slack payloads into interactions", () => {
  it("turns /casus into the casus command in its channel", () => {
    expect(translate("slash-command")).toEqual({
      kind: "command",
      user: { platform: "slack", id: "U0ANNA" },
      place: { conversationId: "C0KCC" },
      name: "casus",
      text: "status G-2026-0001",
    });
  });

  it("turns a button into our action and value, with the message it sits on", () => {
    expect(translate("block-actions")).toEqual({
      kind: "button",
      user: { platform: "slack", id: "U0LISA" },
      place: { conversationId: "C0KCCGARAGE", message: { platform: "slack", conversationId: "C0KCCGARAGE", messageId: "1774252830.000100", threadId: undefined } },
      action: "case.take",
      value: "1",
    });
  });

  it("strips the suffix that keeps repeated action ids unique", () => {
    const payload = parseSlackPayload(fixture("block-actions"));
    if (payload.kind === "button") payload.actionId = "case.take~2";
    expect(toInteraction(payload)).toMatchObject({ action: "case.take" });
  });

  it("turns a submission into form-submit with the form's context and the place it was opened from", () => {
    expect(translate("view-submission")).toMatchObject({
      kind: "form-submit",
      formId: "case.move",
      context: '{"case":1,"move":"pause"}',
      place: { conversationId: "C0KCCGARAGE", message: { messageId: "1774252830.000100" } },
      values: { pausedUntil: "2026-04-15" },
    });
  });

  it("turns the message shortcut into a case from that message, with its text as people read it", () => {
    expect(translate("message-action")).toMatchObject({
      kind: "button",
      action: "case.from-message",
      value: "De kostendelersnorm raakt <mevrouw> hard, zie Participatiewet en @U0LISA",
      place: { conversationId: "C0KCC", message: { messageId: "1774252990.000300", threadId: "1774252800.000050" } },
    });
  });

  it("shows the home page for the Home tab only", () => {
    expect(translate("app-home-opened")).toEqual({ kind: "home-opened", user: { platform: "slack", id: "U0ANNA" } });
    const messagesTab = fixture("app-home-opened");
    (messagesTab.event as { tab: string }).tab = "messages";
    expect(toInteraction(parseSlackPayload(messagesTab))).toBeUndefined();
  });

  it("has nothing to do for url_verification", () => {
    expect(translate("url-verification")).toBeUndefined();
  });
});
