import { describe, expect, it } from "vitest";
import { toFormCard } from "../../../adapters/teams/to-form-card.ts";
import type { Form } from "../../../src/chat/vocabulary.ts";
import { expectValidCard } from "./expect-valid-card.ts";
import { readForm, signedStateOf } from "./read-card.ts";

const form: Form = {
  id: "case.submit",
  title: "Casus inbrengen",
  submitLabel: "Indienen",
  intro: "Beschrijf de situatie *zonder* gegevens van inwoners.",
  context: JSON.stringify({ answer: 7 }),
  fields: [
    { name: "title", label: "Titel", kind: "text", isRequired: true, maxLength: 120 },
    { name: "situation", label: "Situatie", kind: "textarea", isRequired: true, maxLength: 2000, hint: "Laat namen en nummers weg.", initial: "Mijn antwoord" },
    { name: "urgency", label: "Urgentie", kind: "select", isRequired: true, choices: [{ value: "high", label: "Hoog" }, { value: "low", label: "Laag" }] },
    { name: "pausedUntil", label: "Tot", kind: "date", isRequired: false },
    { name: "isAnonymous", label: "Anoniem indienen", kind: "checkbox", isRequired: false, initial: "false" },
  ],
};

// A stand-in signature: how states are really signed is tested in signed-form-state.test.ts.
const signing = { openedFor: "29:anna", seal: (state: unknown) => `form:${JSON.stringify(state)}.signature` };

function input(card: ReturnType<typeof toFormCard>, id: string) {
  return card.body.find((element) => element.id === id)!;
}

describe("toFormCard", () => {
  it("renders every field kind as an input the Adaptive Cards SDK accepts", () => {
    const card = toFormCard(form, { language: "nl", ...signing });
    expectValidCard(card);
    expect(input(card, "title")).toMatchObject({ type: "Input.Text", label: "Titel", isRequired: true, maxLength: 120, isMultiline: false, errorMessage: "Dit veld is verplicht." });
    expect(input(card, "situation")).toMatchObject({ type: "Input.Text", isMultiline: true, value: "Mijn antwoord" });
    expect(input(card, "urgency")).toMatchObject({ type: "Input.ChoiceSet", style: "compact", choices: [{ title: "Hoog", value: "high" }, { title: "Laag", value: "low" }] });
    expect(input(card, "pausedUntil")).toMatchObject({ type: "Input.Date", isRequired: false });
    expect(input(card, "isAnonymous")).toMatchObject({ type: "Input.Toggle", title: "Anoniem indienen", valueOn: "true", valueOff: "false", value: "false" });
  });

  it("carries the form id, its context, the launcher and its person in signed submit data, without prefilled answers", () => {
    const read = readForm(toFormCard(form, { language: "nl", launcher: "1774257161219", ...signing }))!;
    expect(read.formId).toBe("case.submit");
    expect(read.submitData.form).toMatch(/\.signature$/);
    const state = signedStateOf(read.submitData);
    expect(state.form.context).toBe(form.context);
    expect(state.launcher).toBe("1774257161219");
    expect(state.openedFor).toBe("29:anna");
    expect(JSON.stringify(state)).not.toContain("Mijn antwoord");
  });

  it("shows each error under its field and keeps what the person typed", () => {
    const card = toFormCard(form, {
      language: "nl",
      ...signing,
      values: { title: "Kostendeler", situation: "BSN 111222333" },
      errors: { situation: "Haal het BSN weg." },
    });
    expectValidCard(card);
    const ids = card.body.map((element) => element.id ?? element.type);
    expect(ids.indexOf("situation-error")).toBe(ids.indexOf("situation") + 2); // after the hint
    expect(readForm(card)!.errors).toEqual({ situation: "Haal het BSN weg." });
    expect(input(card, "title")).toMatchObject({ value: "Kostendeler" });
  });

  it("speaks English when the team does", () => {
    expect(input(toFormCard(form, { language: "en", ...signing }), "title")).toMatchObject({ errorMessage: "This field is required." });
  });
});
