import { describe, expect, it } from "vitest";
import type { Field } from "../../src/chat/vocabulary.ts";
import { validateForm } from "../../src/forms/validate-form.ts";

const situation: Field = { name: "situation", label: "Situatie", kind: "textarea", isRequired: true, maxLength: 40 };
const until: Field = { name: "until", label: "Tot", kind: "date", isRequired: true };

describe("validating a form with pasted text", () => {
  it("keeps free text as typed, without the invisible characters pasting leaves behind", () => {
    const check = validateForm([situation], { situation: "\uFEFFkosten\u00ADdelers\u200Bnorm:\u00A0€\u00A0250,–" }, "nl");
    expect(check).toEqual({ ok: true, values: { situation: "kostendelersnorm:\u00A0€\u00A0250,–" } });
  });

  it("counts a field of only invisible characters as empty", () => {
    expect(validateForm([situation], { situation: "\u200B\u00AD \u2060" }, "nl")).toEqual({ ok: false, errors: { situation: "Vul dit in." } });
  });

  it("counts the length without invisible characters", () => {
    const text = "Kleinzoon woont tijdelijk bij oma.".replace(/ /g, "\u200B\u00AD\u200B ");
    expect(text.length).toBeGreaterThan(40);
    expect(validateForm([situation], { situation: text }, "nl")).toEqual({ ok: true, values: { situation: "Kleinzoon woont tijdelijk bij oma." } });
  });

  it("reads a pasted date with en dashes or non-breaking hyphens", () => {
    expect(validateForm([until], { until: "2026–04–02" }, "nl")).toEqual({ ok: true, values: { until: "2026-04-02" } });
    expect(validateForm([until], { until: "2026\u201104\u201102" }, "en")).toEqual({ ok: true, values: { until: "2026-04-02" } });
  });

  it("refuses a pasted identifier on its field, in the person's language, without the value", () => {
    const check = validateForm([situation], { situation: "BSN 999\u00A0970\u00A0021" }, "en");
    expect(check).toEqual({ ok: false, errors: { situation: "Remove the BSN (citizen service number): describe the situation without details that could identify someone." } });
  });
});
