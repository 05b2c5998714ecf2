// Citizen identifiers in free text (DESIGN.md §2.2). Checked before anything is stored or posted.

export type PersonalDataKind = "bsn" | "iban" | "phone" | "email" | "postcode-house-number" | "date-of-birth";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** The elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function passesMod97(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  accept?: (match: RegExpExecArray) => boolean;
}

// A BSN is nine digits, written together or in groups (123.456.782, 1234 56 782). Nine-digit numbers
// that fail the elfproef are allowed on purpose: they are case numbers, amounts or other references.
const BSN = /(?<![\d.,-])(\d{3}[. ]?\d{3}[. ]?\d{3}|\d{4}[. ]\d{2}[. ]\d{3}|\d{2}[. ]\d{3}[. ]\d{2}[. ]\d{2})(?![\d,]|\.\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/gi;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu;
// Dutch numbers: mobile 06, international +31 / 0031, landlines with a 2–4 digit area code.
const PHONE = /(?<![\d\w])(?:(?:\+|00)31[\s.-]?(?:\(0\))?[\s.-]?[1-9](?:[\s.-]?\d){8}|0[1-9](?:[\s.-]?\d){8}|0[1-9]\d{1,2}[\s.-]?\d{3}[\s.-]?\d{3,4})(?![\d])/g;
// A postcode (1234 AB) with a house number before or after it.
const POSTCODE_WITH_NUMBER = /(?:\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b[\s,]*(?:nr\.?\s*|nummer\s*|huisnummer\s*)?\d{1,5}\s?[a-zA-Z]?\b|\b\p{L}[\p{L}.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|dreef|steeg|markt|park|plantsoen)\s+\d{1,5}\s?[a-zA-Z]?\b[\s,]+[1-9]\d{3}\s?[A-Z]{2}\b)/gu;
const DATE = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}\s+(?:jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march|may|june|july|october)\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})`;
const BIRTH = new RegExp(
  String.raw`(?:geboren(?:\s+op)?|geb\.?|geboortedatum|geboortedag|date of birth|DOB|born(?:\s+on)?)\s*:?\s*${DATE}|${DATE}\s*\(?\s*(?:geboortedatum|geboren)`,
  "giu",
);

const DETECTORS: Detector[] = [
  { kind: "email", pattern: EMAIL },
  { kind: "iban", pattern: IBAN, accept: (match) => passesMod97(match[0]) },
  { kind: "date-of-birth", pattern: BIRTH },
  { kind: "postcode-house-number", pattern: POSTCODE_WITH_NUMBER },
  { kind: "phone", pattern: PHONE },
  { kind: "bsn", pattern: BSN, accept: (match) => passesElfproef(match[0].replace(/[. ]/g, "")) },
];

/** Every identifier found, in text order; a span claimed by one kind is not reported again. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (detector.accept && !detector.accept(match as RegExpExecArray)) continue;
      if (findings.some((found) => start < found.end && end > found.start)) continue;
      findings.push({ kind: detector.kind, start, end });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
