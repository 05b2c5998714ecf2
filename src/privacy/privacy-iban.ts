import { electronicFormatIBAN, getCountrySpecifications, validateIBAN, ValidationErrorsIBAN } from "ibantools";
import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// IBAN lengths per country from ibantools, which follows the SWIFT IBAN registry and adds the countries
// whose banks issue IBANs outside it (several in Africa, the French overseas territories).
const IBAN_LENGTHS = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) => (spec.chars ? [[country, spec.chars] as const] : [])),
);

const IBAN_START = /(?<![\p{L}\d])[a-z]{2}\d{2}/giu;
const ACCOUNT_LABEL = /\b(?:iban|(?:bank)?rekening(?:nummer)?|rek\.?\s?nr\.?|account(?: number)?)\b[^\p{L}\d\n]{0,4}$/iu;
// National check digits inside the account number (Belgium, France, Spain, …) are not asked for: an
// IBAN that passes mod-97 with its country's length and format is meant as someone's account.
const IGNORED_ERRORS = new Set([ValidationErrorsIBAN.WrongAccountBankBranchChecksum, ValidationErrorsIBAN.QRIBANNotAllowed]);

/** Whether a code is an IBAN: its country's length and account format, and the ISO 13616 mod-97 check. */
export function isValidIban(iban: string): boolean {
  const compact = electronicFormatIBAN(iban) ?? "";
  return validateIBAN(compact, { allowQRIBAN: true }).errorCodes.every((code) => IGNORED_ERRORS.has(code));
}

/**
 * IBANs, compact or in groups ("NL91 ABNA 0417 1643 00", "NL91-ABNA-…"), of any country with its own length. They must
 * pass mod-97, except right after a label such as "IBAN" or "rekeningnummer": then a mistyped one counts too.
 */
export function findIbans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS.get(match[0].slice(0, 2).toUpperCase());
    const read = length ? readAccount(text, match.index, length) : undefined;
    if (!read) continue;
    if (isValidIban(read.compact) || isLabelled(text, match.index, ACCOUNT_LABEL)) spans.push({ start: match.index, end: read.end });
  }
  return spans;
}

/** Reads `length` letters and digits from `start`, allowing a single space, dash or line break (a PDF's) between them. */
function readAccount(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  let compact = "";
  let at = start;
  while (compact.length < length) {
    const char = text[at] ?? "";
    if (isAlphanumeric(char)) compact += char;
    else if (!(/^[ \n-]$/.test(char) && isAlphanumeric(text[at + 1] ?? ""))) return undefined;
    at += 1;
  }
  return isAlphanumeric(text[at] ?? "") ? undefined : { compact, end: at };
}

function isAlphanumeric(char: string): boolean {
  return /^[A-Za-z0-9]$/.test(char);
}
