import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// Nine digits, bare or in the groups people copy from letters and ID cards: 123.456.782, 1234 56 782.
const NINE_DIGITS = /(?<!\d)(?<!\d[.,])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![\p{L}\d])(?![.,]\d)/gu;
// After the word BSN (or sofinummer) we take eight or nine digits in any grouping.
const LABELLED_NUMBER = /\b(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)(?:-?nummer)?\b[^\d\n]{0,25}?(\d(?:[ .-]?\d){7,8})(?!\d)/giu;
const ORGANISATION_LABEL = /\b(?:rsin|rsin-nummer)\b[^\d\n]{0,10}$/i;
const MONEY = /(?:€|\beur|\beuro)\s*$/i;

/**
 * The 11-test (elfproef): 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11, and not zero.
 * An eight-digit number (an old sofinummer) is tested with a leading zero.
 */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, "0");
  let sum = -Number(padded[8]);
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(padded[i]);
  return sum !== 0 && sum % 11 === 0;
}

/**
 * BSNs in a text. An unlabelled nine-digit number counts only when it passes the elfproef: a number that
 * fails it cannot be a BSN (it is a customer, case or invoice number), so it is allowed on purpose.
 * Right after the word "BSN" the writer tells us what it is, so there a number is flagged even when it
 * fails the test (a mistyped BSN still points at one person), and eight digits count too. Unlabelled
 * eight-digit numbers are left alone: KvK numbers have eight digits as well.
 */
export function findBsns(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    const start = match.index;
    if (!isValidBsn(match[0].replace(/\D/g, ""))) continue;
    if (isLabelled(text, start, ORGANISATION_LABEL) || isLabelled(text, start, MONEY, 6)) continue;
    spans.push({ start, end: start + match[0].length });
  }
  for (const match of text.matchAll(LABELLED_NUMBER)) {
    const number = match[1] ?? "";
    const start = match.index + match[0].length - number.length;
    spans.push({ start, end: start + number.length });
  }
  return spans;
}
