import { Activity } from "@microsoft/agents-activity";
import { describe, expect, it } from "vitest";
import { cardActivity, toAdaptiveCard } from "../../../adapters/teams/to-adaptive-card.ts";
import { toCardMarkdown } from "../../../adapters/teams/to-card-markdown.ts";
import type { Message } from "../../../src/chat/vocabulary.ts";
import { cardProblems, expectValidCard } from "./expect-valid-card.ts";
import { cardButtons, cardText } from "./read-card.ts";

const caseMessage: Message = {
  text: "G-2026-0042 Kostendelersnorm (ingediend)",
  blocks: [
    { type: "heading", text: "G-2026-0042 Kleinzoon tijdelijk inwonend" },
    { type: "text", text: "*Status:* ingediend\n- regel: Kostendelersnorm\n- _urgent_" },
    { type: "fields", fields: [{ label: "Regel", value: "*Kostendelersnorm* (wet)" }, { label: "Team", value: "Klantcontactcentrum" }] },
    { type: "divider" },
    { type: "context", text: "Ingediend door Anna op 23 maart" },
    {
      type: "buttons",
      buttons: [
        { label: "Oppakken", action: "case.take", value: "42", style: "primary" },
        { label: "Sluiten", action: "case.close", value: "42", style: "danger" },
        { label: "Nieuw", action: "case.new" },
      ],
    },
  ],
};

describe("toAdaptiveCard", () => {
  it("renders every block kind as a card the Adaptive Cards SDK accepts", () => {
    const card = toAdaptiveCard(caseMessage);
    expectValidCard(card);
    expect(card.version).toBe("1.5");
    expect(card.fallbackText).toBe(caseMessage.text);
  });

  it("shows the heading large and bold and the context small and subtle", () => {
    const [heading, , , context] = toAdaptiveCard(caseMessage).body;
    expect(heading).toMatchObject({ type: "TextBlock", size: "large", weight: "bolder", wrap: true });
    expect(context).toMatchObject({ size: "small", isSubtle: true, separator: true });
  });

  it("turns chat bold into Markdown bold, in text and in fields", () => {
    const text = cardText(toAdaptiveCard(caseMessage));
    expect(toAdaptiveCard(caseMessage).body[1]).toMatchObject({ text: "**Status:** ingediend\n- regel: Kostendelersnorm\n- _urgent_" });
    expect(text).toContain("Regel: Kostendelersnorm (wet)");
  });

  it("makes buttons open a dialog in a chat and submit the dialog inside one", () => {
    const inChat = cardButtons(toAdaptiveCard(caseMessage, "chat"));
    expect(inChat.map((button) => [button.action, button.value])).toEqual([["case.take", "42"], ["case.close", "42"], ["case.new", undefined]]);
    expect(inChat[0]!.data).toEqual({ action: "case.take", value: "42", msteams: { type: "task/fetch" } });
    const inDialog = cardButtons(toAdaptiveCard(caseMessage, "dialog"));
    expect(inDialog[0]!.data).toEqual({ action: "case.take", value: "42" });
  });

  it("gives button styles Teams' names", () => {
    const set = toAdaptiveCard(caseMessage).body.find((element) => element.type === "ActionSet") as { actions: { style?: string }[] };
    expect(set.actions.map((action) => action.style)).toEqual(["positive", "destructive", undefined]);
  });

  it("falls back to the summary text when a message has no blocks", () => {
    const card = toAdaptiveCard({ text: "Alleen tekst", blocks: [] });
    expectValidCard(card);
    expect(cardText(card)).toBe("Alleen tekst");
  });

  it("wraps a card in a message activity with a summary for notifications", () => {
    const activity = cardActivity(toAdaptiveCard(caseMessage), "x".repeat(400));
    expect(activity.attachments[0]!.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(activity.summary).toHaveLength(250);
  });

  it("leaves an empty summary out, as the SDK refuses empty strings in an activity", () => {
    const activity = cardActivity(toAdaptiveCard({ text: "", blocks: [{ type: "heading", text: "Kop" }] }), "");
    expect(activity).not.toHaveProperty("summary");
    expect(() => Activity.fromObject(activity)).not.toThrow();
  });

  it("is checked by a validator that does catch broken cards", () => {
    expect(cardProblems({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Carousel3D" }] })).not.toEqual([]);
  });
});

describe("toCardMarkdown", () => {
  it("leaves lists, italics, multiplication and lone asterisks alone", () => {
    expect(toCardMarkdown("*a* en *b c*")).toBe("**a** en **b c**");
    expect(toCardMarkdown("- _cursief_ 2 * 3 = 6, **al vet**")).toBe("- _cursief_ 2 * 3 = 6, **al vet**");
  });
});
