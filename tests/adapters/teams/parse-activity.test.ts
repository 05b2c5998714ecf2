import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseActivity as parseWith, type RawActivity } from "../../../adapters/teams/parse-activity.ts";
import { formSeals, type FormState } from "../../../adapters/teams/signed-form-state.ts";
import { OPEN_FORM_ACTION } from "../../../adapters/teams/to-interaction.ts";
import { openDatabase } from "../../../src/storage/database.ts";

const db = openDatabase(":memory:");
afterAll(() => db.close());
const seals = formSeals(db);
const parseActivity = (activity: RawActivity) => parseWith(activity, seals);

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

  /** The recorded submit, its form state signed for `openedFor` as our own card would carry it. */
  function signedSubmit(openedFor = "29:1AbCdEfLisa", change: (state: FormState) => FormState = (state) => state): RawActivity {
    const activity = fixture("task-submit");
    const data = (activity.value as { data: Record<string, unknown> }).data;
    const recorded = data.form as Omit<FormState, "openedFor">;
    data.form = seals.sealFormState(change({ ...recorded, openedFor }));
    return activity;
  }

  it("reads a dialog's submit as the form with only its own fields' values", () => {
    const activity = signedSubmit();
    const value = activity.value as { data: Record<string, unknown> };
    value.data.sneaky = "not a field";
    const event = parseActivity(activity);
    expect(event).toMatchObject({ kind: "form-submit", state: { form: { id: "case.move", context: '{"case":42,"move":"decide"}' } } });
    expect(event.kind === "form-submit" && event.values).toEqual({
      outcome: "reasoned-deviation",
      reasons: "De norm veronderstelt gedeelde kosten; die zijn er niet.",
    });
  });

  it("refuses a submit whose form state is unsigned, altered, or signed for someone else", () => {
    expect(parseActivity(fixture("task-submit"))).toMatchObject({ kind: "form-refused", reason: "unsigned" });
    const altered = signedSubmit();
    const data = (altered.value as { data: { form: string } }).data;
    data.form = data.form.replace('{\\"case\\":42', '{\\"case\\":43');
    expect(data.form).toContain('{\\"case\\":43');
    expect(parseActivity(altered)).toMatchObject({ kind: "form-refused", reason: "altered" });
    expect(parseActivity(signedSubmit("29:1AbCdEfAnna"))).toMatchObject({ kind: "form-refused", reason: "not-yours" });
  });

  it("keeps the 'Formulier openen' card to replace only when the person who typed the command presses it", () => {
    const press = (value: string) => ({ ...fixture("task-fetch"), value: { data: { action: OPEN_FORM_ACTION, value } } });
    const own = parseActivity(press(seals.sealLauncher("29:1AbCdEfLisa", "nieuw")));
    expect(own).toMatchObject({ kind: "dialog-open", launcher: "1774257500000", button: { value: "nieuw" } });
    const other = parseActivity(press(seals.sealLauncher("29:1AbCdEfAnna", "nieuw")));
    expect(other).toMatchObject({ kind: "dialog-open", button: { value: "nieuw" } });
    expect(other).not.toHaveProperty("launcher");
    expect(parseActivity(press("nieuw"))).not.toHaveProperty("launcher");
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
