import { randomInt } from "node:crypto";
import type { Db } from "../storage/database.ts";
import { inTransaction } from "../storage/database.ts";
import { insertCase } from "./case-store.ts";
import { keyedHash } from "../storage/install-secret.ts";
import { listShownAnswerTexts } from "../reflection/answer-store.ts";
import { deleteWaitingAnonymousCase, listWaitingAnonymousCases } from "./anonymous-case-store.ts";

// Anonymous means no derivable link to the person: no identity, no fine timestamp, no dedupe key
// with a user id, and no text that already stands under their name.

/** Letters and digits that cannot be mistaken for each other when copied by hand (no 0/O, 1/I/L, U). */
const RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
const RECEIPT_PATTERN = /^BON(?:-[A-Z2-9]{4}){4}$/;

/** A private receipt for an anonymous submitter: about 78 bits, shown once, stored only as a keyed hash. */
export function makeReceipt(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join(""),
  );
  return `BON-${groups.join("-")}`;
}

export function isReceipt(text: string): boolean {
  return RECEIPT_PATTERN.test(text.trim().toUpperCase());
}

export function receiptHash(db: Db, receipt: string): string {
  return keyedHash(db, `receipt:${receipt.trim().toUpperCase()}`);
}

/** Runs of this many words shared with an answer under one's name give the author away. */
const SHARED_WORDS = 6;

/**
 * Whether any of these texts repeats an answer the person gave under their own name in a team thread:
 * answers to prompts with team visibility (posted, or still on their way through the outbox) and any
 * answer with a post. Private answers were never shown to anyone.
 */
export function repeatsOwnPostedAnswer(db: Db, author: string, texts: string[]): boolean {
  const answers = listShownAnswerTexts(db, author);
  if (answers.length === 0) return false;
  const haystack = ` ${words(texts.join(" ")).join(" ")} `;
  return answers.some((answer) => runsOf(words(answer)).some((run) => haystack.includes(` ${run} `)));
}

function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of SHARED_WORDS consecutive words; a shorter answer (of three words or more) as a whole. */
function runsOf(answer: string[]): string[] {
  if (answer.length < SHARED_WORDS) return answer.length >= 3 ? [answer.join(" ")] : [];
  const runs: string[] = [];
  for (let start = 0; start + SHARED_WORDS <= answer.length; start += 1) runs.push(answer.slice(start, start + SHARED_WORDS).join(" "));
  return runs;
}

/**
 * Stores the waiting anonymous cases as cases, in random order, and returns how many: their references
 * follow every named case of the past quarter of an hour, whenever they were written within it.
 */
export function numberAnonymousCases(db: Db, now: Date): number {
  const waiting = listWaitingAnonymousCases(db);
  for (let index = waiting.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [waiting[index], waiting[other]] = [waiting[other]!, waiting[index]!];
  }
  for (const { id, newCase } of waiting) {
    inTransaction(db, () => {
      insertCase(db, newCase, now);
      deleteWaitingAnonymousCase(db, id);
    });
  }
  return waiting.length;
}
