import type { Core } from "../app/core.ts";
import { findTeam, languageOf } from "../app/core.ts";
import type { Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { formatDate } from "../time/format.ts";
import { outcomeLines } from "./case-message.ts";
import { findCaseByReference, toCase } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";

/** `/casus status G-2026-0042`: how anonymous submitters (and anyone) follow a case. */
export function caseStatus(core: Core, reference: string): Reply {
  const record = findCaseByReference(core.db, reference);
  const language = languageOf(core, record ? findTeam(core, record.team) : undefined);
  const t = caseTexts[language];
  if (!record) return { kind: "notice", message: textMessage(t.unknownCase(reference || "?")) };
  const since = formatDate(new Date(record.lastMovedAt), core.config.timezone, language);
  const details = outcomeLines(record, language);
  const text = t.statusReply(record.reference, record.title, t.status[record.status], since) + (details ? `\n${details}` : "");
  return { kind: "notice", message: textMessage(text) };
}

/** The cases a person brought in (by name) that are still open. */
export function myOpenCases(core: Core, user: UserRef) {
  const rows = core.db
    .prepare("SELECT * FROM cases WHERE submitter = ? AND status != 'closed' ORDER BY created_at DESC LIMIT 20")
    .all(formatUser(user)) as Record<string, unknown>[];
  return rows.map(toCase);
}
