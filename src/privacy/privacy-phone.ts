import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// Where a phone number may begin: "+", or a digit or "(" that does not continue a word, number or
// reference such as Z-2024-001234.
const PHONE_START = /(?<![\p{L}\d_+])(?<!\d[.,/-])(?=\+\d|\(0\d|0\d)/gu;
// The guard hands us normalised text: every dash is "-" and every space " ".
const GROUP = /( - |[ .\-/])?(?:\((\d{1,4})\)|(\d+))/y;
// Groups of an account-shaped code ("NL91 ABNA 0417 1643 01"): what follows belongs to that code.
const ACCOUNT_GROUPS = /(?<![\p{L}\d])[a-z]{2}\d{2}(?:[ -][a-z\d]{4})+[ -]$/iu;
// No Dutch number starts like this: unassigned area codes, short numbers (14 0xx) and service numbers.
const NO_DUTCH_PREFIX = /^0(?:1[249]|2[178]|3[79]|4[24]|8[0-369]|9[02-9])/;
// "06-12-2025 14:00" is a date and a time, not 06 followed by eight digits; "06.12.34.56.78" is a number.
const DATE_AHEAD = /^\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\d|[-./]\d)/;

interface DigitGroup {
  digits: string;
  separator: string;
  end: number;
}

/**
 * Phone numbers: Dutch ones (06-12345678, 020 123 45 67, (0299) 123456, +31 6 1234 5678, 0031 20 …)
 * and foreign ones written with + or 00 and a country code. A Dutch number has exactly ten digits;
 * 0800 and 0900 numbers have eight or eleven and belong to organisations, so they never match.
 */
export function findPhoneNumbers(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(PHONE_START)) {
    const start = match.index;
    if (spans.some((span) => span.end > start) || DATE_AHEAD.test(text.slice(start, start + 12))) continue;
    if (isLabelled(text, start, ACCOUNT_GROUPS, 40)) continue;
    const end = readPhoneNumber(text, start);
    if (end !== undefined) spans.push({ start, end });
  }
  return spans;
}

function readPhoneNumber(text: string, start: number): number | undefined {
  const international = /^(?:\+|00(?=[1-9]))/.exec(text.slice(start, start + 3));
  if (!international) return readDutchNumber(readGroups(text, start));
  const groups = readGroups(text, start + international[0].length);
  const digits = groups.map((group) => group.digits).join("");
  if (digits.startsWith("31")) return readDutchInternational(groups);
  return digits.length >= 9 && digits.length <= 15 ? groups.at(-1)?.end : undefined;
}

/** 0 + nine digits, where the first group is 06, an area code (3–4 digits) or the whole number, and the rest is grouped alike. */
function readDutchNumber(groups: DigitGroup[]): number | undefined {
  const [first, ...rest] = groups;
  if (!first || !/^0[1-9]/.test(first.digits)) return undefined;
  if (first.digits.length === 2 ? first.digits !== "06" : first.digits.length > 4 && first.digits.length !== 10) return undefined;
  const count = countUntilLength(groups, 10);
  if (count === undefined || NO_DUTCH_PREFIX.test(groups.map((group) => group.digits).join(""))) return undefined;
  const subscriber = rest.slice(0, count - 1);
  const separators = new Set(subscriber.slice(1).map((group) => group.separator));
  if (separators.size > 1 || subscriber.some((group) => group.digits.length < 2)) return undefined;
  return groups[count - 1]?.end;
}

/** +31 or 0031, an optional (0), then the nine digits of the Dutch number without its leading zero. */
function readDutchInternational(groups: DigitGroup[]): number | undefined {
  const [country, ...rest] = groups;
  if (!country) return undefined;
  const national = [{ ...country, digits: country.digits.slice(2) }, ...rest].filter((group, index) => !(index === 1 && group.digits === "0"));
  const withoutEmpty = national.filter((group) => group.digits !== "");
  const digits = withoutEmpty.map((group) => group.digits).join("");
  if (!/^[1-9]/.test(digits) || NO_DUTCH_PREFIX.test(`0${digits}`)) return undefined;
  const count = countUntilLength(withoutEmpty, 9);
  return count === undefined ? undefined : withoutEmpty[count - 1]?.end;
}

/** How many groups it takes to reach exactly `length` digits, if a group boundary falls there. */
function countUntilLength(groups: DigitGroup[], length: number): number | undefined {
  let total = 0;
  for (const [index, group] of groups.entries()) {
    total += group.digits.length;
    if (total === length) return index + 1;
    if (total > length) return undefined;
  }
  return undefined;
}

function readGroups(text: string, start: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  GROUP.lastIndex = start;
  for (let match = GROUP.exec(text); match; match = GROUP.exec(text)) {
    groups.push({ digits: match[2] ?? match[3] ?? "", separator: match[1] ?? "", end: GROUP.lastIndex });
    if (groups.length > 8) break;
  }
  return groups;
}
