import { describe, expect, it } from "vitest";
import { parseSlackPayload } from "../../../adapters/slack/parse-slack-payload.ts";
import { fixture } from "./fixtures.ts";

describe("parsing recorded Slack payloads", () => {
  it("reads a slash command from its form fields", () => {
    expect(parseSlackPayload(fixture("slash-command"))).toEqual({
      kind: "slash-command",
      userId: "U0ANNA",
      channelId: "C0KCC",
      command: "/casus",
      text: "status G-2026-0001",
      triggerId: "13345224609.738474920.8088930838d88f008e0",
    });
  });

  it("reads a button on a message with its channel and message ts", () => {
    expect(parseSlackPayload(fixture("block-actions"))).toEqual({
      kind: "button",
      userId: "U0LISA",
      triggerId: "13345224609.738474920.8088930838d88f008e1",
      actionId: "case.take",
      value: "1",
      actionTs: "1774252900.123456",
      channelId: "C0KCCGARAGE",
      messageTs: "1774252830.000100",
      threadTs: undefined,
      viewId: undefined,
    });
  });

  it("reads a button in the App Home as a button in a view, without a channel", () => {
    const payload = parseSlackPayload(fixture("block-actions-home"));
    expect(payload).toMatchObject({ kind: "button", actionId: "case.new", viewId: "V0HOMEANNA" });
    expect(payload).toMatchObject({ channelId: undefined, messageTs: undefined, value: undefined });
  });

  it("reads a modal submission's values by field name: text, select, date, checkbox and empty input", () => {
    const payload = parseSlackPayload(fixture("view-submission"));
    expect(payload).toMatchObject({ kind: "view-submission", callbackId: "case.move", viewId: "V0DECIDE01", viewHash: "1774252950.aBcD1234" });
    expect(payload.kind === "view-submission" && payload.values).toEqual({
      pausedUntil: "2026-04-15",
      note: "Wachten op advies van Juridische Zaken.",
      outcome: "reasoned-deviation",
      isAnonymous: "false",
      empty: "",
    });
  });

  it("reads a message shortcut with the message's text and thread", () => {
    expect(parseSlackPayload(fixture("message-action"))).toMatchObject({
      kind: "message-shortcut",
      callbackId: "case_from_message",
      channelId: "C0KCC",
      messageTs: "1774252990.000300",
      threadTs: "1774252800.000050",
      messageText: expect.stringContaining("kostendelersnorm"),
    });
  });

  it("reads app_home_opened with its event id, for deduplication", () => {
    expect(parseSlackPayload(fixture("app-home-opened"))).toEqual({ kind: "home-opened", userId: "U0ANNA", tab: "home", eventId: "Ev0HOME0001" });
  });

  it("recognises url_verification", () => {
    expect(parseSlackPayload(fixture("url-verification"))).toMatchObject({ kind: "url-verification" });
  });

  it("calls anything else unsupported instead of failing", () => {
    expect(parseSlackPayload({ type: "view_closed", view: {} }).kind).toBe("unsupported");
    expect(parseSlackPayload({ type: "block_actions", actions: [] }).kind).toBe("unsupported");
    expect(parseSlackPayload({ type: "event_callback", event_id: "Ev1", event: { type: "message", user: "U0ANNA" } }).kind).toBe("unsupported");
    expect(parseSlackPayload("nonsense").kind).toBe("unsupported");
  });
});
