import { spansOf, type TextSpan } from "./privacy-spans.ts";

const AT = String.raw`(?:@|\s?[([{]\s?(?:at|apenstaartje)\s?[)\]}]\s?)`;
const DOT = String.raw`(?:\.|\s?[([{]\s?(?:dot|punt)\s?[)\]}]\s?)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`, "giu");

/**
 * E-mail addresses, also when written as "naam (at) domein (punt) nl". Every address counts, a team
 * mailbox too: the guard cannot tell a citizen's address from an office's, and rewording costs little.
 */
export function findEmailAddresses(text: string): TextSpan[] {
  return spansOf(text, EMAIL);
}
