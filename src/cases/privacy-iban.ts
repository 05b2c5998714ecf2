import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// IBAN lengths per country, from the SWIFT IBAN registry.
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27,
  MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23,
  TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const IBAN_START = /(?<![\p{L}\d])[a-z]{2}\d{2}/giu;
const ACCOUNT_LABEL = /\b(?:iban|(?:bank)?rekening(?:nummer)?|rek\.?\s?nr\.?|account(?: number)?)\b[^\p{L}\d\n]{0,4}$/iu;

/** The ISO 13616 check: move the first four characters to the end, read letters as 10–35, and the number mod 97 is 1. */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[ -]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) || IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  let remainder = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    const value = Number.parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * IBANs, compact or in groups ("NL91 ABNA 0417 1643 00", "NL91-ABNA-…"), of any country with its own length. They must
 * pass mod-97, except right after a label such as "IBAN" or "rekeningnummer": then a mistyped one counts too.
 */
export function findIbans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    const read = length ? readAccount(text, match.index, length) : undefined;
    if (!read) continue;
    if (isValidIban(read.compact) || isLabelled(text, match.index, ACCOUNT_LABEL)) spans.push({ start: match.index, end: read.end });
  }
  return spans;
}

/** Reads `length` letters and digits from `start`, allowing a single space or dash between them. */
function readAccount(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  let compact = "";
  let at = start;
  while (compact.length < length) {
    const char = text[at] ?? "";
    if (isAlphanumeric(char)) compact += char;
    else if (!((char === " " || char === "-") && isAlphanumeric(text[at + 1] ?? ""))) return undefined;
    at += 1;
  }
  return isAlphanumeric(text[at] ?? "") ? undefined : { compact, end: at };
}

function isAlphanumeric(char: string): boolean {
  return /^[A-Za-z0-9]$/.test(char);
}
