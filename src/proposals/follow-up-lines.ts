import type { Core } from "../dispatch/core.ts";
import type { Language } from "../chat/vocabulary.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { localDateKey } from "../time/local-time.ts";
import { daysBetweenKeys, daysWaiting } from "./days-waiting.ts";
import { answerLines } from "./escalation-message.ts";
import { escalationsOfCase } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";
import { reasonLines } from "./move-proposal.ts";
import { findAddressee } from "./addressees.ts";
import { proposalsOfCase } from "./proposal-store.ts";
import { proposalTexts } from "./proposal-texts.ts";

/**
 * What became of a case beyond the team, for its status (`/casus status`, also with an anonymous
 * submitter's receipt): how long its escalation has waited, or what was answered, and the state of
 * every proposal it is part of, with the reasons given.
 */
export function followUpLines(core: Core, record: CaseRecord, language: Language): string[] {
  const lines: string[] = [];
  const e = escalationTexts[language];
  const escalation = escalationsOfCase(core.db, record.id).find((item) => item.status !== "withdrawn");
  if (escalation?.status === "waiting") {
    const days = daysWaiting(escalation.createdAt, core.clock.now(), core.config.timezone);
    const late = daysBetweenKeys(escalation.dueOn, localDateKey(core.clock.now(), core.config.timezone));
    lines.push(`${e.waiting(escalation.addresseeName, days, escalation.dueOn)}${late > 0 ? ` — ${e.overdue(late)}` : ""}`);
    if (escalation.interimMeasure) lines.push(`*${e.labels.interim}*: ${escalation.interimMeasure}`);
  } else if (escalation?.status === "answered") {
    lines.push(e.answered(escalation.addresseeName), answerLines(escalation, language));
  }
  const p = proposalTexts[language];
  for (const proposal of proposalsOfCase(core.db, record.id)) {
    const to = findAddressee(core, proposal.addressee)?.name ?? proposal.addressee;
    lines.push(p.caseLine(proposal.reference, to, p.status[proposal.status]));
    const reasons = reasonLines(proposal, language);
    if (reasons) lines.push(reasons);
  }
  return lines;
}
