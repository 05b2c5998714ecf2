import type { Core } from "../dispatch/core.ts";
import type { Language } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { listCasePosts } from "../cases/case-post-store.ts";
import { enqueuePost } from "../outbox/platform-effects.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import type { CaseChange } from "../cases/case-store.ts";
import type { FormValues } from "../forms/validate-form.ts";
import { addDays, localDateKey } from "../time/local-time.ts";
import { addresseeChoices, findAddressee } from "./addressees.ts";
import { enqueueEscalationChange, enqueueEscalationPosts } from "./escalation-effects.ts";
import type { EscalationChoices } from "./escalation-form.ts";
import { closeEscalation, escalationsOfCase, getEscalation, insertEscalation } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";

const DEFAULT_DUE_DAYS = 14;

export function escalationChoices(core: Core): EscalationChoices {
  return { addressees: addresseeChoices(core), dueOn: localDateKey(addDays(core.clock.now(), DEFAULT_DUE_DAYS), core.config.timezone) };
}

export type EscalationRead =
  | { ok: true; change: Partial<CaseChange>; note: string; open: (record: CaseRecord, actor: string) => void }
  | { ok: false; errors: Record<string, string> };

/**
 * A checked escalate form: the case records to whom and what was asked (as before); the escalation
 * keeps the interim measure and due date, and goes to a configured addressee as a message of its own.
 */
export function readEscalation(core: Core, values: FormValues, language: Language): EscalationRead {
  const t = escalationTexts[language];
  const addressee = findAddressee(core, values.escalatedTo);
  if (core.config.addressees.length > 0 && !addressee) return { ok: false, errors: { escalatedTo: t.unknownAddressee } };
  const today = localDateKey(core.clock.now(), core.config.timezone);
  const dueOn = values.dueOn || escalationChoices(core).dueOn;
  if (dueOn <= today) return { ok: false, errors: { dueOn: t.dueInPast } };
  const name = addressee?.name ?? values.escalatedTo!;
  const question = values.question!;
  const interimMeasure = values.interimMeasure ?? "";
  const l = t.labels;
  const details = [interimMeasure ? `*${l.interim}*: ${interimMeasure}` : "", `*${l.dueOn}*: ${dueOn}`].filter(Boolean).join("\n");
  const note = `${question}\n${details}`;
  return {
    ok: true,
    change: { escalatedTo: name, escalationQuestion: question },
    note,
    open: (record, actor) => {
      withdrawEscalations(core, record.id, actor);
      const escalation = insertEscalation(
        core.db,
        { caseId: record.id, addressee: addressee?.key ?? null, addresseeName: name, question, interimMeasure, dueOn, createdBy: actor },
        core.clock.now(),
      );
      enqueueEscalationPosts(core, escalation);
      // After the move's own line in the case's thread: what the team does meanwhile, and until when.
      for (const ref of listCasePosts(core.db, record.id)) enqueuePost(core, ref.platform, ref.conversationId, textMessage(details), ref.messageId);
    },
  };
}

/** A closed case asks nobody anything any more: its waiting escalation is withdrawn (and no longer reminded). */
export function withdrawEscalations(core: Core, caseId: number, actor: string): void {
  for (const escalation of escalationsOfCase(core.db, caseId).filter((item) => item.status === "waiting")) {
    if (closeEscalation(core.db, escalation.id, "withdrawn", actor, null, core.clock.now())) {
      enqueueEscalationChange(core, getEscalation(core.db, escalation.id)!, null);
    }
  }
}
