import type { Db } from "../../src/storage/database.ts";
import type { RawAnswer, RawRequest } from "./raw-request.ts";

export interface Exchange {
  request: RawRequest;
  answer: RawAnswer;
}

const TECHNICAL = /error:|exception|stack|\bat \S+\.(ts|js)\b|\[object|undefined|\bNaN\b|SQLITE|TypeError|RangeError|ZodError/i;

/** A short human sentence, not a technical leftover: what the person may be shown. */
export function isFriendly(text: string): boolean {
  return text.trim().length >= 10 && !TECHNICAL.test(text);
}

/** The exchanges that got a 5xx or no answer at all (a hang or a broken connection), by label. */
export function unanswered(exchanges: Exchange[]): string[] {
  return exchanges.filter(({ answer }) => answer.status === 0 || answer.status >= 500).map(({ request, answer }) => `${answer.status} ${request.label}`);
}

/** The exchanges whose one right status they did not get. */
export function wronglyAnswered(exchanges: Exchange[]): string[] {
  return exchanges
    .filter(({ request, answer }) => request.expectedStatus !== undefined && answer.status !== request.expectedStatus)
    .map(({ request, answer }) => `${request.label}: ${answer.status}, not ${request.expectedStatus}`);
}

export interface StoredRecords {
  cases: number;
  answers: number;
  caseEvents: number;
  logbook: number;
}

/** How many cases, answers, audit entries and logbook notes there are: what garbage must not change. */
export function storedRecords(db: Db): StoredRecords {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { cases: count("cases"), answers: count("answers"), caseEvents: count("case_events"), logbook: count("logbook_entries") };
}

/** The answer's body as JSON, when it is JSON. */
export function jsonOf(answer: RawAnswer): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}
