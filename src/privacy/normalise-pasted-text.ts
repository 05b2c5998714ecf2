import type { TextSpan } from "./privacy-spans.ts";

/** Text as the privacy detectors read it, and the way back to the characters the person wrote. */
export interface NormalisedText {
  text: string;
  /** The span of the original text that a span of `text` was made from. */
  toOriginal(span: TextSpan): TextSpan;
}

// Text copied from Word, Outlook or a PDF hides identifiers behind typography: digit groups split by
// no-break, thin or figure spaces, dashes that are not "-", invisible characters inside a number.
// Format characters (\p{Cf}) are all invisible: soft hyphen, zero-width space and joiners, word joiner,
// byte-order mark, the direction marks phones wrap around a copied phone number, and every other default-
// ignorable character (variation selectors, the combining grapheme joiner, Hangul fillers). Dashes are every
// \p{Pd} (en and em dash, figure dash, non-breaking hyphen, …) and the minus signs; Word turns ' into ’.
const SPECIAL = /([\p{Cf}\p{Default_Ignorable_Code_Point}])|([\p{Zs}\t])|([\v\f\u0085\u2028\u2029])|([\p{Pd}\u2212\u2796\uFE63\uFF0D])|([\u2018\u2019\u201B\u2032\u02BC])|([\u2044\u2215])/gu;
const PLAIN = /^[\n\r\x20-\x7E]*$/;
// A run of ASCII that no accent follows, or one character with the combining marks after it.
const TOKEN = /[\x00-\x7F]+(?!\p{M})|[^]\p{M}*/gu;
// What stored text loses: the invisible characters pasting leaves behind. A zero-width joiner inside an
// emoji ("👩‍💻") stays, and so do the tag characters of flag emoji.
const STORED_INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * One step before every privacy scan: Unicode NFKC (fullwidth digits and letters, ligatures, "№"),
 * every space character a plain space, every dash "-", curly apostrophes "'", and invisible characters
 * removed. Offsets in the result map back to the original, so findings point at what was written.
 */
export function normalisePastedText(original: string): NormalisedText {
  if (PLAIN.test(original)) return { text: original, toOriginal: (span) => ({ ...span }) };
  const pieces: string[] = [];
  // For every UTF-16 unit of the result: where in `original` the character it came from starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { 0: token, index } of original.matchAll(TOKEN)) {
    // A token of ASCII ends in ASCII; a letter with its accents ends in a mark.
    const isAscii = token.charCodeAt(token.length - 1) < 0x80;
    const piece = isAscii ? token.replace(SPECIAL, plainCharacter) : token.normalize("NFKC").replace(SPECIAL, plainCharacter);
    pieces.push(piece);
    for (let i = 0; i < piece.length; i++) {
      starts.push(isAscii ? index + i : index);
      ends.push(isAscii ? index + i + 1 : index + token.length);
    }
  }
  const toOriginal = ({ start, end }: TextSpan): TextSpan => ({
    start: start < starts.length ? starts[start]! : original.length,
    end: end > 0 ? (ends[Math.min(end, ends.length) - 1] ?? 0) : 0,
  });
  return { text: pieces.join(""), toOriginal };
}

function plainCharacter(_: string, invisible?: string, space?: string, lineBreak?: string, dash?: string, apostrophe?: string): string {
  if (invisible) return "";
  if (space) return " ";
  if (lineBreak) return "\n";
  if (dash) return "-";
  return apostrophe ? "'" : "/";
}

/**
 * The person's text without the invisible characters pasting leaves behind (soft hyphens, zero-width
 * spaces, direction marks), so that stored text reads and searches as it looks. Everything visible is
 * kept as typed.
 */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(STORED_INVISIBLE, "");
}
