import { describe, expect, it } from "vitest";
import { decodeModalMetadata, encodeModalMetadata } from "../../../adapters/slack/modal-metadata.ts";
import { toSlackModal } from "../../../adapters/slack/to-slack-modal.ts";
import type { Form } from "../../../src/chat/vocabulary.ts";
import { modalViewSchema } from "./block-kit-schema.ts";

const FORM: Form = {
  id: "case.submit",
  title: "Casus inbrengen voor Garage de Bedoeling",
  submitLabel: "Indienen",
  intro: "Laat gegevens van inwoners weg: geen BSN, adres of geboortedatum.",
  context: '{"answer":12}',
  fields: [
    { name: "title", label: "Titel", kind: "text", isRequired: true, maxLength: 120 },
    { name: "situation", label: "Situatie", kind: "textarea", isRequired: true, maxLength: 5000, hint: "Zonder namen", initial: "Er was eens" },
    {
      name: "team",
      label: "Team",
      kind: "select",
      isRequired: true,
      choices: Array.from({ length: 150 }, (_, index) => ({ value: `team-${index}`, label: `Team ${index} ${"x".repeat(100)}` })),
      initial: "team-3",
    },
    { name: "isAnonymous", label: "Anoniem indienen", kind: "checkbox", isRequired: false, initial: "true" },
    { name: "pausedUntil", label: "Tot wanneer", kind: "date", isRequired: false, initial: "2026-04-15" },
    { name: "proposal", label: "Voorstel", kind: "textarea", isRequired: false },
  ],
};

describe("rendering forms as Slack modals", () => {
  const modal = toSlackModal(FORM, encodeModalMetadata({ context: FORM.context, place: { conversationId: "C0KCC" } }), "nl");

  it("produces a modal within Slack's limits, with the title clipped to 24 characters", () => {
    const result = modalViewSchema.safeParse(modal);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    expect(modal.title.text).toHaveLength(24);
    expect(modal.close?.text).toBe("Annuleren");
    expect(modal.callback_id).toBe("case.submit");
  });

  it("names each input block after its field, so errors and values map back one-to-one", () => {
    const inputs = modal.blocks.filter((block) => block.type === "input");
    expect(inputs.map((block) => block.block_id)).toEqual(FORM.fields.map((field) => field.name));
    expect(inputs.map((block) => (block as { optional: boolean }).optional)).toEqual([false, false, false, true, true, true]);
  });

  it("uses the right element per field kind with its initial value", () => {
    const element = (name: string) => (modal.blocks.find((block) => block.block_id === name) as unknown as { element: Record<string, unknown> }).element;
    expect(element("title")).toMatchObject({ type: "plain_text_input", multiline: false, max_length: 120 });
    expect(element("situation")).toMatchObject({ type: "plain_text_input", multiline: true, max_length: 3000, initial_value: "Er was eens" });
    expect(element("team")).toMatchObject({ type: "static_select", initial_option: { value: "team-3" } });
    expect((element("team").options as unknown[]).length).toBe(100);
    expect(element("isAnonymous")).toMatchObject({ type: "checkboxes", initial_options: [{ value: "true" }] });
    expect(element("pausedUntil")).toEqual({ type: "datepicker", action_id: "pausedUntil", initial_date: "2026-04-15" });
  });

  it("carries the form's context and where it was opened in private_metadata", () => {
    expect(decodeModalMetadata(modal.private_metadata!)).toEqual({ context: '{"answer":12}', place: { conversationId: "C0KCC" } });
    expect(decodeModalMetadata("not json")).toEqual({ context: "", place: {} });
  });

  it("refuses a context that does not fit Slack's 3000 characters, with a coded error", () => {
    expect(() => encodeModalMetadata({ context: "x".repeat(3000), place: {} })).toThrowError(expect.objectContaining({ code: "slack_invalid_content" }));
  });
});
