import { findAddresses } from "./privacy-address.ts";
import { normalisePastedText } from "./normalise-pasted-text.ts";
import { findBirthDates } from "./privacy-birth-date.ts";
import { findBsns } from "./privacy-bsn.ts";
import { findEmailAddresses } from "./privacy-email.ts";
import { findIbans } from "./privacy-iban.ts";
import { findPhoneNumbers } from "./privacy-phone.ts";
import type { TextSpan } from "./privacy-spans.ts";

/** Citizen identifiers that must not be stored; "postcode-house-number" covers every written address. */
export type PersonalDataKind = "bsn" | "iban" | "phone" | "email" | "postcode-house-number" | "date-of-birth";

/** Where in the text as written an identifier was found; `end` is exclusive, like `String.slice`. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// In order of strength: when two findings cover the same characters, the earlier kind wins.
const DETECTORS: [PersonalDataKind, (text: string) => TextSpan[]][] = [
  ["iban", findIbans],
  ["email", findEmailAddresses],
  ["bsn", findBsns],
  ["phone", findPhoneNumbers],
  ["date-of-birth", findBirthDates],
  ["postcode-house-number", findAddresses],
];

/**
 * Finds citizen identifiers in free text, so a form can refuse it before anything is stored or posted.
 * The detectors read the text normalised (odd spaces, dashes, invisible characters and fullwidth digits
 * of pasted text made plain); the findings point at the text as written. They come back in text order;
 * one inside another (a number inside an IBAN) is dropped, and neighbouring parts of one address
 * ("Dorpsstraat 12, 1234 AB") become one finding.
 */
export function findPersonalData(written: string): PersonalDataFinding[] {
  const { text, toOriginal } = normalisePastedText(written);
  const all = DETECTORS.flatMap(([kind, find]) => find(text).map((span) => ({ kind, ...span })));
  const kept = all.filter((finding, index) => !all.some((other, otherIndex) => otherIndex !== index && covers(other, finding, otherIndex < index)));
  const joined = joinNeighbours(text, kept.sort((a, b) => a.start - b.start || b.end - a.end));
  return joined.map((finding) => ({ kind: finding.kind, ...toOriginal(finding) }));
}

/** Whether `outer` makes `inner` redundant: it contains it, and on equal spans the earlier one wins. */
function covers(outer: PersonalDataFinding, inner: PersonalDataFinding, isEarlier: boolean): boolean {
  const contains = outer.start <= inner.start && outer.end >= inner.end;
  const isEqual = outer.start === inner.start && outer.end === inner.end;
  return contains && (!isEqual || isEarlier);
}

function joinNeighbours(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const joined: PersonalDataFinding[] = [];
  for (const finding of findings) {
    const last = joined.at(-1);
    if (last && isSameAddress(text, last, finding)) last.end = Math.max(last.end, finding.end);
    else joined.push({ ...finding });
  }
  return joined;
}

/** Whether two address findings are parts of one address, such as "Dorpsstraat 12" and "1234 AB". */
function isSameAddress(text: string, first: PersonalDataFinding, second: PersonalDataFinding): boolean {
  const isAddress = first.kind === "postcode-house-number" && second.kind === first.kind;
  return isAddress && second.start <= first.end + 3 && /^[\s,]*$/.test(text.slice(first.end, second.start));
}
