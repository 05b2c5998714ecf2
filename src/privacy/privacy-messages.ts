import type { Language } from "../chat/vocabulary.ts";
import type { PersonalDataKind } from "./privacy-guard.ts";

const names: Record<Language, Record<PersonalDataKind, string>> = {
  nl: {
    bsn: "het BSN",
    iban: "het rekeningnummer (IBAN)",
    phone: "het telefoonnummer",
    email: "het e-mailadres",
    "postcode-house-number": "het adres (postcode, straat of huisnummer)",
    "date-of-birth": "de geboortedatum",
  },
  en: {
    bsn: "the BSN (citizen service number)",
    iban: "the bank account number (IBAN)",
    phone: "the phone number",
    email: "the email address",
    "postcode-house-number": "the address (postcode, street or house number)",
    "date-of-birth": "the date of birth",
  },
};

const sentences: Record<Language, { remove: (items: string) => string; always: string; and: string }> = {
  nl: {
    remove: (items) => `Haal ${items} weg: `,
    always: "beschrijf de situatie zonder gegevens waarmee iemand herkend kan worden.",
    and: "en",
  },
  en: {
    remove: (items) => `Remove ${items}: `,
    always: "describe the situation without details that could identify someone.",
    and: "and",
  },
};

/**
 * Tells the writer what to take out of a field, in their language. It names kinds only, never the value
 * found: the message may be shown or logged where the value must not appear.
 */
export function describePersonalData(kinds: PersonalDataKind[], language: Language): string {
  const t = sentences[language];
  const order = Object.keys(names[language]) as PersonalDataKind[];
  const items = order.filter((kind) => kinds.includes(kind)).map((kind) => names[language][kind]);
  if (items.length === 0) return capitalise(t.always);
  return t.remove(joinAsList(items, t.and)) + t.always;
}

function joinAsList(items: string[], and: string): string {
  return items.length === 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
