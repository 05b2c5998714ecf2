import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// Four digits without a leading zero and two letters, together or with a space. PostNL never issues
// SA, SD or SS.
const POSTCODE = /(?<![\p{L}\d])[1-9]\d{3} ?(?![Ss][AaDdSs])[A-Za-z]{2}(?![\p{L}])/gu;
// Two letters that, after a number, are a word, unit or abbreviation far more often than a postcode:
// "in 2024 is 12", "2023 tm 2025", "1500 mg 2x". They count only in capitals ("1234 IS").
const WORD_AFTER_NUMBER = new Set(
  ("is in en op om de te al nu zo ik je we ze er of na af uw ja ok ca tm nr no pp vs dd ma di wo do vr za zo " +
    "bv oa ov pc tv wc cv ww zw ic id ex ie eh ah oh au pa la rc " +
    "an at by to on or as be go he if it me my so up us am pm " +
    "km kg mg ml cl dl cm mm mb kb gb tb kw mw gw bw ha gr lb pk eu nl ct st xl jr wk hr mr").split(" "),
);
const HOUSE_NUMBER_AFTER = /^(?:,? ?(?:(?:huis)?n(?:umme)?r\.?|no\.?)? ?)(\d{1,5}(?: ?[a-zA-Z](?![\p{L}]))?(?:-(?:\d{1,3}|[a-zA-Z]{1,4}|I{1,3}|IV))?)(?![\d%])/u;
const UNIT_AFTER = /^ ?(?:km|kilometer|meter|jaar|jaren|uur|minuten|procent|euro|keer|dagen|weken|maanden|x)\b/i;
const POSTCODE_LABEL = /\bpostcode\b[^\p{L}\d\n]{0,4}$/iu;
const NOT_A_POSTCODE = /^\d{4} ?(?:BW|EU|NL|KB|MB|GB|TB|MW|KW|GW)$/;
const LAW_ARTICLE = /\bart(?:ikel|\.)?\s*$/i;

// A street name is a word ending in a street suffix, followed by a house number. The clear suffixes
// may be written in lower case; the short ones ("weg", "hof") need a capital, so "onderweg 2" is no street.
// Endings that are mostly town names (-dam, -wijk) are left out: "in Rotterdam 3 weken" is no address.
const CLEAR_SUFFIX = "straat|laan|gracht|plein|kade|singel|dreef|steeg|dijk|plantsoen|boulevard|straatweg|dwarsstraat";
const SHORT_SUFFIX = "weg|hof|pad|park|ring|veld|wal|erf|baan|markt|haven|akker|zijde|burcht|wetering|vaart|brink";
// "Kerkstraat nr. 12", "Kerkstraat nummer 12", "Kerkstraat huisnr 12", "Kerkstraat № 12" (NFKC: "No").
const NUMBER_WORD = String.raw`(?:,? (?:[Hh]uis)?(?:[Nn]r|[Nn]ummer|[Nn]o|NR|NO)\.?)?`;
const HOUSE_NUMBER = String.raw`(?!(?:19|20)\d\d(?!\d))\d{1,4}(?: ?[a-zA-Z](?![\p{L}]))?(?:-(?:\d{1,3}|[a-zA-Z]{1,4}|I{1,3}|IV))?(?![\d%,.:]\d|[\p{L}\d%]| ?(?:km|kilometer|meter|jaar|uur|minuten|procent|euro)\b)`;
// "Laan van Meerdervoort 52", "Weg der Verenigde Naties 1": a street word, linking words, a name.
const LINKED_STREET = String.raw`(?:Laan|Weg|Plein|Kade|Singel|Straat|Dreef)(?: (?:van|der|de|den|het|op|aan|ter|te))+(?: \p{Lu}[\p{L}'-]*)+`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:${LINKED_STREET}|\p{L}[\p{L}'-]*?(?:${CLEAR_SUFFIX})|${capitalised(CLEAR_SUFFIX)}|\p{Lu}[\p{L}'-]*?(?:${SHORT_SUFFIX}))${NUMBER_WORD} ${HOUSE_NUMBER}`,
  "gu",
);

/**
 * Addresses: a postcode with its house number ("1234 AB 12", "1234 ab 12", "1234AB, nr 5"), a street with
 * a house number ("Dorpsstraat 12", "Kerkstraat nr. 12"), and a full postcode on its own: a six-character
 * postcode covers only a few dozen households, so together with the situation it points at one. A
 * four-digit area ("in 1234") is fine. A postcode in lower case counts only with a house number or after
 * the word "postcode", so "in 2024 is" and "1500mg" are no postcodes.
 */
export function findAddresses(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    if (NOT_A_POSTCODE.test(match[0]) || isLabelled(text, start, LAW_ARTICLE, 10)) continue;
    const end = start + match[0].length;
    const after = text.slice(end, end + 30);
    const houseNumber = HOUSE_NUMBER_AFTER.exec(after);
    const isWord = WORD_AFTER_NUMBER.has(match[0].slice(-2).toLowerCase());
    if (/^\d{4} ?[A-Z]{2}$/.test(match[0])) {
      // "IN 2024 EN 2025" in capitals is two years, not postcode 2024 EN with house number 2025.
      if (isWord && /^(?:19|20)\d\d/.test(match[0]) && /^(?:19|20)\d\d$/.test(houseNumber?.[1] ?? "")) continue;
      spans.push({ start, end: end + (houseNumber?.[0].length ?? 0) });
      continue;
    }
    if (isWord) continue;
    const isHouseNumber = houseNumber !== null && !UNIT_AFTER.test(after.slice(houseNumber[0].length));
    if (isHouseNumber) spans.push({ start, end: end + houseNumber[0].length });
    else if (isLabelled(text, start, POSTCODE_LABEL)) spans.push({ start, end });
  }
  for (const match of text.matchAll(STREET)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** "straat|laan" → "Straat|Laan": a street may be named by its suffix alone, as in "Oude Singel 7". */
function capitalised(alternatives: string): string {
  return alternatives.replace(/(^|\|)(\p{L})/gu, (_, bar: string, letter: string) => bar + letter.toUpperCase());
}
