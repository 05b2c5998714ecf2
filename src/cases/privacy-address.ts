import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// 1234 AB or 1234AB: four digits without a leading zero, two capitals, never SA, SD or SS (PostNL does
// not issue those). Lower case only when written together and labelled or followed by a house number,
// so "in 2024 is" and "1500mg" are no postcodes.
const POSTCODE = /(?<![\p{L}\d])[1-9]\d{3}(?: ?(?!S[ADS])[A-Z]{2}|[a-z]{2})(?![\p{L}])/gu;
const HOUSE_NUMBER_AFTER = /^(?:,? ?(?:(?:huis)?n(?:umme)?r\.?|no\.?)? ?)(\d{1,5}(?: ?[a-zA-Z](?![\p{L}]))?(?:-(?:\d{1,3}|[a-zA-Z]{1,4}|I{1,3}|IV))?)(?![\d%])/u;
const POSTCODE_LABEL = /\bpostcode\b[^\p{L}\d\n]{0,4}$/iu;
const NOT_A_POSTCODE = /^\d{4} ?(?:BW|EU|NL|KB|MB|GB|TB|MW|KW|GW)$/;
const LAW_ARTICLE = /\bart(?:ikel|\.)?\s*$/i;

// A street name is a word ending in a street suffix, followed by a house number. The clear suffixes
// may be written in lower case; the short ones ("weg", "hof") need a capital, so "onderweg 2" is no street.
// Endings that are mostly town names (-dam, -wijk) are left out: "in Rotterdam 3 weken" is no address.
const CLEAR_SUFFIX = "straat|laan|gracht|plein|kade|singel|dreef|steeg|dijk|plantsoen|boulevard|straatweg|dwarsstraat";
const SHORT_SUFFIX = "weg|hof|pad|park|ring|veld|wal|erf|baan|markt|haven|akker|zijde|burcht|wetering|vaart|brink";
const HOUSE_NUMBER = String.raw`(?!(?:19|20)\d\d(?!\d))\d{1,4}(?: ?[a-zA-Z](?![\p{L}]))?(?:-(?:\d{1,3}|[a-zA-Z]{1,4}|I{1,3}|IV))?(?![\d%,.:]\d|[\p{L}\d%]| ?(?:km|kilometer|meter|jaar|uur|minuten|procent|euro)\b)`;
// "Laan van Meerdervoort 52", "Weg der Verenigde Naties 1": a street word, linking words, a name.
const LINKED_STREET = String.raw`(?:Laan|Weg|Plein|Kade|Singel|Straat|Dreef)(?: (?:van|der|de|den|het|op|aan|ter|te))+(?: \p{Lu}[\p{L}'-]*)+`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:${LINKED_STREET}|\p{L}[\p{L}'-]*?(?:${CLEAR_SUFFIX})|${capitalised(CLEAR_SUFFIX)}|\p{Lu}[\p{L}'-]*?(?:${SHORT_SUFFIX})) ${HOUSE_NUMBER}`,
  "gu",
);

/**
 * Addresses: a postcode with its house number ("1234 AB 12", "1234AB, nr 5"), a street with a house number
 * ("Dorpsstraat 12"), and a full postcode on its own: a six-character postcode covers only a few dozen
 * households, so together with the situation it points at one. A four-digit area ("in 1234") is fine.
 */
export function findAddresses(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    if (NOT_A_POSTCODE.test(match[0]) || isLabelled(text, start, LAW_ARTICLE, 10)) continue;
    const end = start + match[0].length;
    const houseNumber = HOUSE_NUMBER_AFTER.exec(text.slice(end, end + 20));
    if (/[a-z]$/.test(match[0]) && !houseNumber && !isLabelled(text, start, POSTCODE_LABEL)) continue;
    spans.push({ start, end: end + (houseNumber?.[0].length ?? 0) });
  }
  for (const match of text.matchAll(STREET)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** "straat|laan" → "Straat|Laan": a street may be named by its suffix alone, as in "Oude Singel 7". */
function capitalised(alternatives: string): string {
  return alternatives.replace(/(^|\|)(\p{L})/gu, (_, bar: string, letter: string) => bar + letter.toUpperCase());
}
