import type { TextSpan } from "./privacy-spans.ts";

/** A calendar date written in a text; `year` is missing in "12 maart". */
export interface DateMention extends TextSpan {
  year?: number;
}

const MONTHS = [
  ["januari", "january", "jan"],
  ["februari", "february", "feb"],
  ["maart", "march", "mrt", "mar"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["augustus", "august", "aug"],
  ["september", "sept", "sep"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];
const MONTH = MONTHS.flat().join("|");
const YEAR = String.raw`(\d{4}|'\d{2})`;
const PATTERNS: { pattern: RegExp; parts: [day: number, month: number, year: number] }[] = [
  // Word's autoformat puts spaces around the separators: "01 – 02 – 1980".
  { pattern: /(?<![\d.,/-])(\d{1,2}) ?([-./]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?!\d|[.,/-]\d)/g, parts: [1, 3, 4] },
  { pattern: /(?<![\d.,/-])(\d{1,2}) (\d{1,2}) (\d{4})(?!\d)/g, parts: [1, 2, 3] },
  { pattern: /(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, parts: [3, 2, 1] },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?: of)? (${MONTH})\.?(?:,? ${YEAR})?(?![\p{L}\d])`, "giu"),
    parts: [1, 2, 3],
  },
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(${MONTH})\.? (\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}(?![\p{L}\d])`, "giu"), parts: [2, 1, 3] },
];

/** Every date with a day and a month: 12-03-1985, 12 03 1985, 1985-03-12, 12 maart 1985, 3 March 1985, March 3, 1985. */
export function findDates(text: string): DateMention[] {
  const dates: DateMention[] = [];
  for (const { pattern, parts } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const [day, month, year] = parts.map((part) => match[part]);
      if (!isDay(day) || monthOf(month ?? "") === undefined) continue;
      dates.push({ start: match.index, end: match.index + match[0].length, year: yearOf(year) });
    }
  }
  return dates;
}

function isDay(day: string | undefined): boolean {
  return Number(day) >= 1 && Number(day) <= 31;
}

function monthOf(month: string): number | undefined {
  const number = /^\d+$/.test(month) ? Number(month) : MONTHS.findIndex((names) => names.includes(month.toLowerCase())) + 1;
  return number >= 1 && number <= 12 ? number : undefined;
}

function yearOf(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  const digits = year.replace("'", "");
  return digits.length === 4 ? Number(digits) : 1900 + Number(digits);
}
