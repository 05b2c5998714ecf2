import { isLabelled, spansOf, type TextSpan } from "./privacy-spans.ts";

const LOCAL = String.raw`[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const BEFORE = String.raw`(?<![\p{L}\p{N}._%+-])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

// "@" (also with a space either side), or "at" in brackets: "(at)", "[at]", "{at}", "<at>".
const AT = String.raw`(?: ?@ ?|\s?[([{<]\s?(?:at|apenstaartje)\s?[)\]}>]\s?)`;
const DOT = String.raw`(?:\.|\s?[([{<]\s?(?:dot|punt)\s?[)\]}>]\s?)`;
const EMAIL = new RegExp(String.raw`${BEFORE}${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}${AFTER}`, "giu");

// Spelled out without brackets: "naam at ziggo dot nl". "at" is an everyday English word, so the tail
// must read as a domain: words joined by "dot" or "punt" and ending in a known top-level domain.
const TOP_LEVEL = "nl|be|de|eu|com|net|org|info|nu|uk|fr|es|it|pl|tr|ma|sr|io|me|biz|online|email|frl";
const SPELLED = new RegExp(
  String.raw`${BEFORE}(${LOCAL}) (?:at|apenstaartje) ${LABEL}(?: (?:dot|punt) ${LABEL})* (?:dot|punt) (?:${TOP_LEVEL})${AFTER}`,
  "giu",
);
// "jansen at ziggo.nl": a written domain after a bare "at" counts when the name before it looks like a
// mailbox (with a dot, digit or underscore), the domain is a mail provider, or a mail label precedes it.
// "have a look at gemeente.nl" stays allowed.
const BARE_AT = new RegExp(String.raw`${BEFORE}(${LOCAL}) (?:at|apenstaartje) (${LABEL}(?:\.${LABEL})*\.\p{L}{2,})${AFTER}`, "giu");
const SPELLED_AT = /(?:^|[^\p{L}])(?:at|apenstaartje) /iu;
const MAILBOX = /[._%+\d-]/u;
const PROVIDERS =
  "ziggo|kpnmail|kpnplanet|planet|hotmail|gmail|googlemail|outlook|live|msn|icloud|me|yahoo|xs4all|home|casema|" +
  "upcmail|chello|hetnet|telfort|tele2|caiway|solcon|zeelandnet|online|quicknet|proton|protonmail";
const MAIL_PROVIDER = new RegExp(String.raw`^(?:${PROVIDERS})\.`, "i");
const MAIL_LABEL = /\b(?:e-?mail(?:adres)?|mailadres|mail|email address)\b[^\p{L}\d\n]{0,4}$/iu;
// English words that stand before "at" in a sentence: "look at this dot com", "arrived at home.nl".
const SENTENCE_WORD = /^(?:look(?:s|ed|ing)?|arrived?|is|are|was|were|be|been|it|this|that|here|there|good|best|work(?:s|ed|ing)?|me(?:et|t)|staff|live[sd]?|stay(?:s|ed)?)$/i;

/**
 * E-mail addresses, also when written as "naam (at) domein (punt) nl", "naam [at] domein [dot] nl" or
 * "naam at domein dot nl". Every address counts, a team mailbox too: the guard cannot tell a citizen's
 * address from an office's, and rewording costs little.
 */
export function findEmailAddresses(text: string): TextSpan[] {
  const spans = spansOf(text, EMAIL);
  if (!SPELLED_AT.test(text)) return spans;
  for (const match of text.matchAll(SPELLED)) {
    if (!SENTENCE_WORD.test(match[1] ?? "")) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(BARE_AT)) {
    const [whole, local = "", domain = ""] = match;
    const isMailbox = MAILBOX.test(local) || MAIL_PROVIDER.test(domain) || isLabelled(text, match.index, MAIL_LABEL, 20);
    if (isMailbox && !SENTENCE_WORD.test(local)) spans.push({ start: match.index, end: match.index + whole.length });
  }
  return spans;
}
