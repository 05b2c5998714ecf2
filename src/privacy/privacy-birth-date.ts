import { findDates, type DateMention } from "./privacy-dates.ts";
import { isLabelled, type TextSpan } from "./privacy-spans.ts";

// Nouns may stand a few words from their date ("geboortedatum van de dochter: …"); verbs only with filler
// in between ("geboren op …"), so "geboren in Syrië, kwam op 12 maart 2026" and "geboren, op 12 maart
// 2026 kwam hij" are no dates of birth.
const NOUN = /\b(?:geboortedatum|geboorte-datum|geb\.? ?datum|geboortedag|date of birth|birth ?date|dob)\b|\bd\.o\.b\./giu;
const VERB = /(?:\b(?:geboren|geb\b\.?|born|geboorte)|°)(?![\p{L}])/giu;
const VERB_FILLER = /^[\s:(=–-]*(?:(?:op|on|is|was|de|the|dd|d\.d\.)[\s:(]*)*$/i;
const NOUN_GAP = /^[^\d\n.;!?]{0,40}$/;
const FILLER_BEFORE_VERB = /^[\s(]*(?:(?:is|was|werd|zijn|hij|zij|ze|het|kind|hun|he|she|they|were)\s+)*$/i;
const BRACKETS_BEFORE_NOUN = /^\s*\(\s*$/;
// A date after "na", "vóór", "vanaf" … is a cut-off in a rule ("kinderen geboren na 1 januari 2020").
const CUT_OFF = /\b(?:na|voor|vóór|vanaf|sinds|tussen|per|tot|en|after|before|since|between|from|until|and)\s+$/iu;

/**
 * Dates of birth: a date with a day and a month next to words like "geboren", "geb.", "geboortedatum",
 * "DOB", "born" or the Flemish "°". A date on its own is an ordinary date ("op 12 maart 2026 kwam zij
 * aan het loket"). A day and month without a year count too: with an age, they give the whole date away.
 */
export function findBirthDates(text: string): TextSpan[] {
  const dates = findDates(text).filter((date) => isPlausibleBirthYear(date) && !isLabelled(text, date.start, CUT_OFF, 12));
  const nouns = [...text.matchAll(NOUN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const verbs = [...text.matchAll(VERB)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return dates.filter(
    (date) =>
      nouns.some((noun) => isBetween(text, noun, date, NOUN_GAP) || isBetween(text, date, noun, BRACKETS_BEFORE_NOUN)) ||
      verbs.some((verb) => isBetween(text, verb, date, VERB_FILLER) || isBetween(text, date, verb, FILLER_BEFORE_VERB)),
  );
}

function isBetween(text: string, first: TextSpan, second: TextSpan, gap: RegExp): boolean {
  return first.end <= second.start && gap.test(text.slice(first.end, second.start));
}

function isPlausibleBirthYear(date: DateMention): boolean {
  return date.year === undefined || (date.year >= 1900 && date.year <= new Date().getFullYear());
}
