import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Form, Language, Message, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, parseUser, textMessage } from "../chat/vocabulary.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { getCase } from "../cases/case-store.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { enqueueDirect } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { addDays, localDateKey } from "../time/local-time.ts";
import { dueLookbacks, getLookback, LOOKBACK_ANSWERS, markAsked, planLookback, saveLookbackAnswer, type LookbackAnswer } from "./lookback-store.ts";
import { lookbackTexts } from "./lookback-texts.ts";

// Terugblik (seeds-brief §7 idea 10): weeks after a decision, did it help, did the rule change?

/**
 * Plans the look-back when a case is decided: its owner (or the lead who decided, when it has none)
 * and its submitter, unless anonymous. Call inside the transaction of the decision.
 */
export function planLookbacks(core: Core, record: CaseRecord, actor: string): void {
  const dueOn = localDateKey(addDays(core.clock.now(), core.config.cases.lookbackWeeks * 7), core.config.timezone);
  const owner = record.owner ?? actor;
  planLookback(core.db, record.id, "owner", owner, dueOn);
  if (record.submitter && record.submitter !== owner) planLookback(core.db, record.id, "submitter", record.submitter, dueOn);
}

/** The scheduled job: asks every look-back that is due, privately, exactly once (marked in the same transaction). */
export async function askDueLookbacks(core: Core): Promise<number> {
  let asked = 0;
  for (const lookback of dueLookbacks(core.db, localDateKey(core.clock.now(), core.config.timezone))) {
    const record = getCase(core.db, lookback.caseId);
    const person = lookback.person ? parseUser(lookback.person) : undefined;
    if (!record || !person) continue;
    const message = questionMessage(core, record, lookback.id, languageOf(core, findTeam(core, record.team)));
    const isAsked = inTransaction(core.db, () => {
      if (!markAsked(core.db, lookback.id, core.clock.now())) return false;
      enqueueDirect(core, person, message);
      return true;
    });
    if (isAsked) asked += 1;
  }
  await core.outbox.whenIdle();
  return asked;
}

function questionMessage(core: Core, record: CaseRecord, lookbackId: number, language: Language): Message {
  const t = lookbackTexts[language];
  const outcome = record.outcome ? caseTexts[language].outcome[record.outcome] : caseTexts[language].status[record.status];
  const text = t.question(record.reference, record.title, core.config.cases.lookbackWeeks, outcome);
  return { text, blocks: [{ type: "text", text }, { type: "buttons", buttons: [{ label: t.button, action: "lookback.open", value: String(lookbackId), style: "primary" }] }] };
}

export function openLookbackForm(core: Core, user: UserRef, lookbackId: number): Reply {
  const found = ownLookback(core, user, lookbackId);
  return "reply" in found ? found.reply : { kind: "open-form", form: lookbackForm(found.lookbackId, found.reference, found.language) };
}

export function submitLookback(core: Core, user: UserRef, context: string, raw: Record<string, string>): Reply {
  const found = ownLookback(core, user, numberIn(context, "lookback") ?? -1);
  if ("reply" in found) return found.reply;
  const check = validateForm(lookbackForm(found.lookbackId, found.reference, found.language).fields, raw, found.language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const v = check.values;
  saveLookbackAnswer(core.db, found.lookbackId, { helped: v.helped as LookbackAnswer, ruleChanged: v.ruleChanged as LookbackAnswer, note: v.note ?? "" }, core.clock.now());
  core.logger.info({ case: found.reference }, "look-back answered");
  return { kind: "notice", message: textMessage(lookbackTexts[found.language].thanks(found.reference)) };
}

/** Only the person a look-back was asked of may open and answer it. */
function ownLookback(core: Core, user: UserRef, lookbackId: number): { lookbackId: number; reference: string; language: Language } | { reply: Reply } {
  const lookback = getLookback(core.db, lookbackId);
  const record = lookback && getCase(core.db, lookback.caseId);
  const language = languageOf(core, record ? findTeam(core, record.team) : undefined);
  if (!lookback || !record || lookback.person !== formatUser(user)) return { reply: { kind: "notice", message: textMessage(lookbackTexts[language].notYours) } };
  return { lookbackId, reference: record.reference, language };
}

function lookbackForm(lookbackId: number, reference: string, language: Language): Form {
  const t = lookbackTexts[language];
  const choices = LOOKBACK_ANSWERS.map((value) => ({ value, label: t.answers[value] }));
  return {
    id: "lookback.submit",
    title: t.form.title,
    submitLabel: t.form.submit,
    intro: reference,
    fields: [
      { name: "helped", label: t.form.helped, kind: "select", isRequired: true, choices },
      { name: "ruleChanged", label: t.form.ruleChanged, kind: "select", isRequired: true, choices },
      { name: "note", label: t.form.note, kind: "text", isRequired: false, maxLength: 200 },
    ],
    context: JSON.stringify({ lookback: lookbackId }),
  };
}
