import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { isOperator, mayMoveCases } from "./permissions.ts";
import type { Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { formatDate } from "../time/format.ts";
import { followUpLines } from "../proposals/follow-up-lines.ts";
import { outcomeLines } from "./case-message.ts";
import { isReceipt, receiptHash } from "./anonymity.ts";
import { isAnonymousCaseWaiting } from "./anonymous-case-store.ts";
import type { CaseRecord } from "./case-model.ts";
import { findCaseByReceiptHash, findCaseByReference, listOpenCasesOf } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";

/**
 * `/casus status G-2026-0042` or `/casus status BON-…`: the submitter, the team's leads and operators
 * see a case's status and reasons; an anonymous submitter opens it with their receipt. Anyone else gets
 * the same answer for an existing case as for one that does not exist.
 */
export function caseStatus(core: Core, user: UserRef, text: string): Reply {
  const asked = text.trim();
  const record = isReceipt(asked) ? findCaseByReceiptHash(core.db, receiptHash(core.db, asked)) : findCaseByReference(core.db, asked);
  const team = record && findTeam(core, record.team);
  if (!record && isReceipt(asked) && isAnonymousCaseWaiting(core.db, receiptHash(core.db, asked))) {
    return { kind: "notice", message: textMessage(caseTexts[core.config.language].anonymousWaiting) };
  }
  if (!record || !mayReadCase(core, record, user, isReceipt(asked))) {
    const t = caseTexts[core.config.language];
    return { kind: "notice", message: textMessage(t.unknownCase(asked.slice(0, 40) || "?")) };
  }
  const language = languageOf(core, team);
  const t = caseTexts[language];
  const since = formatDate(new Date(record.lastMovedAt), core.config.timezone, language);
  // What became of it beyond the team (escalation, proposals) reaches an anonymous submitter here too.
  const details = [outcomeLines(record, language), ...followUpLines(core, record, language)].filter(Boolean).join("\n");
  const reply = t.statusReply(record.reference, record.title, t.status[record.status], since) + (details ? `\n${details}` : "");
  return { kind: "notice", message: textMessage(reply) };
}

/** The submitter, the team's leads and operators may read a case; an anonymous submitter with the receipt. */
export function mayReadCase(core: Core, record: CaseRecord, user: UserRef, hasReceipt = false): boolean {
  if (hasReceipt) return true;
  if (record.submitter === formatUser(user)) return true;
  const team = findTeam(core, record.team);
  return team ? mayMoveCases(core, team, user) : isOperator(core, user);
}

/** The cases a person brought in (by name) that are still open. */
export function myOpenCases(core: Core, user: UserRef) {
  return listOpenCasesOf(core.db, formatUser(user));
}
