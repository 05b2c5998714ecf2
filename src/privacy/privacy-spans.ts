/** A piece of a text by character offsets; `end` is exclusive, like `String.slice`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The span of every match of a global pattern. */
export function spansOf(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Whether the text just before `start` ends with a label, e.g. "BSN: " before a number. The label
 * pattern must be anchored with `$`; only the last `reach` characters are looked at.
 */
export function isLabelled(text: string, start: number, label: RegExp, reach = 40): boolean {
  return label.test(text.slice(Math.max(0, start - reach), start));
}
