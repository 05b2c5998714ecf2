import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { mayMoveCases } from "../cases/permissions.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { findCaseByReference, getCase } from "../cases/case-store.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { inTransaction } from "../storage/database.ts";
import { addresseeLanguage, findAddressee, mayAnswerFor } from "./addressees.ts";
import { enqueueEscalationChange } from "./escalation-effects.ts";
import { escalationAnswerForm } from "./escalation-form.ts";
import { answerLines } from "./escalation-message.ts";
import { addEscalationEvent, closeEscalation, escalationsOfCase, getEscalation, type EscalationRecord } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";
import { enqueueFollowUp } from "./follow-up.ts";

type Checked = { escalation: EscalationRecord; record: CaseRecord; language: Language } | { reply: Reply };

/** "Beantwoorden" on the escalation message in the addressee's channel. */
export function openEscalationAnswer(core: Core, user: UserRef, escalationId: number): Reply {
  const checked = checkAnswer(core, user, escalationId);
  if ("reply" in checked) return checked.reply;
  return { kind: "open-form", form: escalationAnswerForm(checked.escalation, checked.record.reference, checked.language) };
}

/** `/casus antwoord G-…`: the team records the answer of an addressee the bot cannot reach (named in free text). */
export function answerCommand(core: Core, user: UserRef, reference: string): Reply {
  const record = findCaseByReference(core.db, reference);
  const waiting = record && escalationsOfCase(core.db, record.id).find((item) => item.status === "waiting");
  if (!waiting) return notice(escalationTexts[core.config.language].noEscalation(reference.slice(0, 40) || "?"));
  return openEscalationAnswer(core, user, waiting.id);
}

export function submitEscalationAnswer(core: Core, user: UserRef, context: string, raw: Record<string, string>): Reply {
  const checked = checkAnswer(core, user, numberIn(context, "escalation") ?? -1);
  if ("reply" in checked) return checked.reply;
  const { escalation, record, language } = checked;
  const check = validateForm(escalationAnswerForm(escalation, record.reference, language).fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const answer = { answer: check.values.answer!, reasons: check.values.reasons! };
  const actor = formatUser(user);
  const isAnswered = inTransaction(core.db, () => {
    if (!closeEscalation(core.db, escalation.id, "answered", actor, answer, core.clock.now())) return false;
    const answered = getEscalation(core.db, escalation.id)!;
    enqueueEscalationChange(core, answered, actor);
    enqueueFollowUp(core, [record.id], (linked, caseLanguage) => {
      const t = escalationTexts[caseLanguage];
      const lines = answerLines(answered, caseLanguage);
      return {
        thread: `${t.caseAnswer(answered.addresseeName)}\n${lines}`,
        submitter: `${t.submitterAnswer(linked.reference, linked.title, answered.addresseeName)}\n${lines}`,
      };
    });
    return true;
  });
  core.outbox.kick();
  const t = escalationTexts[language];
  if (!isAnswered) return notice(t.notWaiting);
  core.logger.info({ case: record.reference }, "escalation answered");
  return notice(t.answeredNotice(record.reference));
}

/**
 * A configured addressee's people (and operators) answer; an addressee named in free text is outside
 * the bot, so the team's leads record what it answered.
 */
function checkAnswer(core: Core, user: UserRef, escalationId: number): Checked {
  const escalation = getEscalation(core.db, escalationId);
  const addressee = findAddressee(core, escalation?.addressee);
  const record = escalation && getCase(core.db, escalation.caseId);
  const team = record && findTeam(core, record.team);
  const language = addressee ? addresseeLanguage(core, addressee) : languageOf(core, team);
  const t = escalationTexts[language];
  if (!escalation || !record) return { reply: notice(caseTexts[language].unknownCase("?")) };
  const mayAnswer = escalation.addressee ? mayAnswerFor(core, addressee, user) : team !== undefined && mayMoveCases(core, team, user);
  if (!mayAnswer) {
    addEscalationEvent(core.db, escalation.id, core.clock.now().toISOString(), formatUser(user), "refused", "answer refused");
    return { reply: notice(escalation.addressee ? t.refusedAnswer(escalation.addresseeName) : t.refusedTeamAnswer) };
  }
  if (escalation.status !== "waiting") return { reply: notice(t.notWaiting) };
  return { escalation, record, language };
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
