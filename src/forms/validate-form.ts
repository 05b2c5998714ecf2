import type { Field, Language } from "../chat/vocabulary.ts";
import { normalisePastedText, stripInvisibleCharacters } from "../privacy/normalise-pasted-text.ts";
import { findPersonalData } from "../privacy/privacy-guard.ts";
import { describePersonalData } from "../privacy/privacy-messages.ts";

const texts = {
  nl: {
    required: "Vul dit in.",
    tooLong: (max: number, length: number) => `Maximaal ${max} tekens (nu ${length}).`,
    notAChoice: "Kies een van de mogelijkheden.",
    notADate: "Geef een datum als JJJJ-MM-DD.",
  },
  en: {
    required: "Please fill this in.",
    tooLong: (max: number, length: number) => `At most ${max} characters (now ${length}).`,
    notAChoice: "Choose one of the options.",
    notADate: "Give a date as YYYY-MM-DD.",
  },
} satisfies Record<Language, unknown>;

export type FormValues = Record<string, string>;

export type FormCheck = { ok: true; values: FormValues } | { ok: false; errors: Record<string, string> };

/**
 * Checks a submitted form against its own field definitions, and every free-text field against the
 * privacy guard, so that nothing with citizen identifiers is stored. All problems come back at once.
 * Free text is kept as typed, without the invisible characters pasting leaves behind (soft hyphens,
 * zero-width spaces); the guard reads it with pasted typography made plain as well.
 */
export function validateForm(fields: Field[], raw: Record<string, string | undefined>, language: Language): FormCheck {
  const t = texts[language];
  const values: FormValues = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = normalise(field, raw[field.name]);
    values[field.name] = value;
    if (field.isRequired && value === "") errors[field.name] = t.required;
    else if (field.maxLength && value.length > field.maxLength) errors[field.name] = t.tooLong(field.maxLength, value.length);
    else if (field.kind === "select" && value !== "" && !field.choices?.some((choice) => choice.value === value)) {
      errors[field.name] = t.notAChoice;
    } else if (field.kind === "date" && value !== "" && !isDate(value)) errors[field.name] = t.notADate;
    else if (field.kind === "text" || field.kind === "textarea") {
      const findings = findPersonalData(value);
      if (findings.length > 0) errors[field.name] = describePersonalData([...new Set(findings.map((f) => f.kind))], language);
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

function normalise(field: Field, value: string | undefined): string {
  const text = stripInvisibleCharacters((value ?? "").replace(/\r\n/g, "\n")).trim();
  if (field.kind === "checkbox") return ["true", "on", "yes", "ja", "1"].includes(text.toLowerCase()) ? "true" : "false";
  // A pasted date may hold en dashes or non-breaking hyphens: "2026–04–01".
  if (field.kind === "date") return normalisePastedText(text).text;
  return text;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
