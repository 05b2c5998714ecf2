import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseActivity, type RawActivity } from "../../../adapters/teams/parse-activity.ts";

/** Recorded Teams payloads (ids anonymised). */
function fixture(name: string): RawActivity {
  return JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/teams", `${name}.json`), "utf8")) as RawActivity;
}

describe("parseActivity", () => {
  it("reads a channel @mention as a message without the mention, in the channel's thread", () => {
    expect(parseActivity(fixture("channel-mention"))).toEqual({
      kind: "message",
      where: {
        conversationId: "19:abc123@thread.tacv2;messageid=1774257161219",
        baseConversationId: "19:abc123@thread.tacv2",
        threadId: "1774257161219",
        scope: "channel",
        tenantId: "7d2b2f0c-0000-4000-8000-000000000042",
        teamId: "19:abc123@thread.tacv2",
      },
      user: { id: "29:1AbCdEfAnna", name: "Anna de Vries" },
      text: "casus status G-2026-0042",
    });
  });

  it("reads a personal chat message", () => {
    const event = parseActivity(fixture("personal-message"));
    expect(event).toMatchObject({ kind: "message", text: "hallo", where: { scope: "personal", baseConversationId: "a:1pErSoNaLcHaTaNnA" } });
  });

  it("reads a card button that opens a dialog, with the card it was on", () => {
    expect(parseActivity(fixture("task-fetch"))).toMatchObject({
      kind: "dialog-open",
      cardId: "1774257500000",
      button: { action: "case.decide", value: "42" },
      user: { id: "29:1AbCdEfLisa" },
      where: { baseConversationId: "19:def456@thread.tacv2", threadId: "1774257500000" },
    });
  });

  it("reads a dialog's submit as the form with only its own fields' values", () => {
    const activity = fixture("task-submit");
    const value = activity.value as { data: Record<string, unknown> };
    value.data.sneaky = "not a field";
    const event = parseActivity(activity);
    expect(event).toMatchObject({ kind: "form-submit", state: { form: { id: "case.move", context: '{"case":42,"move":"decide"}' } } });
    expect(event.kind === "form-submit" && event.values).toEqual({
      outcome: "reasoned-deviation",
      reasons: "De norm veronderstelt gedeelde kosten; die zijn er niet.",
    });
  });

  it("reads a button pressed inside a dialog", () => {
    const activity = fixture("task-submit");
    activity.value = { data: { action: "answer.open", value: "3" } };
    expect(parseActivity(activity)).toMatchObject({ kind: "dialog-submit", button: { action: "answer.open", value: "3" } });
  });

  it("reads installs and removals of the app", () => {
    expect(parseActivity(fixture("team-install"))).toMatchObject({
      kind: "installed",
      isInstallationUpdate: false,
      where: { scope: "channel", teamId: "19:abc123@thread.tacv2" },
    });
    expect(parseActivity(fixture("personal-install"))).toMatchObject({
      kind: "installed",
      isInstallationUpdate: true,
      where: { scope: "personal" },
      user: { id: "29:1AbCdEfAnna" },
    });
    expect(parseActivity(fixture("team-uninstall"))).toMatchObject({ kind: "uninstalled" });
  });

  it("ignores what we do not act on, and says why", () => {
    const joined = { ...fixture("team-install"), membersAdded: [{ id: "29:someone", name: "" }] };
    expect(parseActivity(joined)).toEqual({ kind: "ignored", reason: "conversationUpdate without the bot" });
    expect(parseActivity({ ...fixture("personal-message"), type: "typing" })).toMatchObject({ kind: "ignored" });
    expect(parseActivity({ ...fixture("task-fetch"), value: { data: { unexpected: true } } })).toMatchObject({ kind: "ignored" });
    expect(parseActivity({ ...fixture("task-fetch"), name: "composeExtension/query" })).toMatchObject({ kind: "ignored" });
    expect(parseActivity({ ...fixture("personal-message"), text: "", value: { action: "case.take" } })).toMatchObject({ kind: "ignored" });
    expect(parseActivity({ type: "message", text: "x" } as RawActivity)).toMatchObject({ kind: "ignored", reason: "no conversation" });
  });

  it("reads a text that is not a string, or mentions that are not well-formed, as no command", () => {
    const garbled = { ...fixture("channel-mention"), text: { html: "casus" }, entities: [null, 7, { type: 5 }, { type: "mention" }] } as unknown as RawActivity;
    expect(parseActivity(garbled)).toMatchObject({ kind: "message", text: "" });
    const notAList = { ...fixture("channel-mention"), entities: "mention" } as unknown as RawActivity;
    expect(parseActivity(notAList)).toMatchObject({ kind: "message", text: "casus status G-2026-0042" });
  });
});
