import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { teamOfConversation } from "../team/team-targets.ts";
import type { Message, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { enqueueAnswerMark } from "../reflection/answer-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { getAnswer } from "../reflection/answer-store.ts";
import { getRun } from "../reflection/prompt-run-store.ts";
import { reflectionTexts } from "../reflection/reflection-texts.ts";
import type { CustomerRole, RuleLevel, Urgency } from "./case-model.ts";
import { CASE_TEXT_FIELDS, caseForm } from "./case-form.ts";
import { enqueueRouting } from "./case-effects.ts";
import { similarCasesMessage } from "./case-message.ts";
import { mayReadCase } from "./case-status.ts";
import { insertCase } from "./case-store.ts";
import { makeReceipt, receiptHash, repeatsOwnPostedAnswer } from "./anonymity.ts";
import { holdAnonymousCase } from "./anonymous-case-store.ts";
import { caseTexts } from "./case-texts.ts";
import { findSimilarCases } from "./similar-cases.ts";

export function openCaseForm(core: Core, user: UserRef, place: Place): Reply {
  const team = teamOfConversation(core, user.platform, place.conversationId);
  return { kind: "open-form", form: caseForm(core.config.teams, languageOf(core, team), { team: team?.key }) };
}

/** "Maak er een casus van" on any chat message: the case form with that text as the situation. */
export function openCaseFormWithText(core: Core, user: UserRef, place: Place, text: string): Reply {
  const team = teamOfConversation(core, user.platform, place.conversationId);
  const form = caseForm(core.config.teams, languageOf(core, team), { team: team?.key, situation: text.slice(0, 2000) });
  return { kind: "open-form", form };
}

/** "Maak er een casus van": the case form prefilled with the author's own answer. */
export function openCaseFormFromAnswer(core: Core, user: UserRef, answerId: number): Reply {
  const answer = getAnswer(core.db, answerId);
  const run = answer && getRun(core.db, answer.runId);
  const language = languageOf(core, run ? findTeam(core, run.team) : undefined);
  if (!answer || answer.author !== formatUser(user)) {
    return { kind: "notice", message: textMessage(reflectionTexts[language].notYourAnswer) };
  }
  const form = caseForm(core.config.teams, language, { team: run?.team, situation: answer.text, sourceAnswerId: answer.id });
  return { kind: "open-form", form };
}

export async function submitCase(core: Core, user: UserRef, context: string, raw: Record<string, string>): Promise<Reply> {
  const language = languageOf(core, findTeam(core, raw.team ?? ""));
  const t = caseTexts[language];
  const check = validateForm(caseForm(core.config.teams, language).fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const values = check.values;
  const team = findTeam(core, values.team!);
  if (!team) return { kind: "form-errors", errors: { team: t.unknownTeam } };
  const isAnonymous = values.isAnonymous === "true";
  const author = formatUser(user);
  if (isAnonymous && repeatsOwnPostedAnswer(core.db, author, CASE_TEXT_FIELDS.map((name) => values[name] ?? ""))) {
    return { kind: "form-errors", errors: { isAnonymous: t.repeatsOwnAnswer } };
  }
  const receipt = isAnonymous ? makeReceipt() : undefined;
  const newCase = {
    team: team.key,
    title: values.title!,
    situation: values.situation!,
    citizenNeed: values.citizenNeed ?? "",
    customerRole: (values.customerRole || null) as CustomerRole | null,
    rule: values.rule!,
    ruleLevel: values.ruleLevel as RuleLevel,
    unwantedEffect: values.unwantedEffect ?? "",
    bedoeling: values.bedoeling!,
    roomWithinRule: values.roomWithinRule ?? "",
    proposal: values.proposal ?? "",
    ifNothingIsDone: values.ifNothingIsDone ?? "",
    urgency: values.urgency as Urgency,
    submitter: isAnonymous ? null : author,
    platform: user.platform,
    sourceAnswerId: isAnonymous ? null : ownAnswerIn(core, context, author),
    receiptHash: receipt ? receiptHash(core.db, receipt) : null,
  };
  const similar = findSimilarCases(core.db, newCase);
  const precedents = similarCasesMessage(similar, core.config.timezone, language, (other) => mayReadCase(core, other, user));
  if (receipt) {
    // Not stored as a case yet, not logged: its reference, row and first audit entry come from the next
    // maintenance run, with the other anonymous cases in random order, so neither their order among named
    // cases nor a log line's time pins the submission down.
    holdAnonymousCase(core.db, newCase);
    return { kind: "notice", message: withSimilar(t.submittedAnonymous(receipt), precedents) };
  }
  const record = inTransaction(core.db, () => {
    const stored = insertCase(core.db, newCase, core.clock.now());
    enqueueRouting(core, stored);
    if (stored.sourceAnswerId !== null) enqueueAnswerMark(core, stored.sourceAnswerId, stored.reference);
    return stored;
  });
  core.outbox.kick();
  core.logger.info({ case: record.reference, team: team.key }, "case submitted");
  return { kind: "notice", message: withSimilar(t.submitted(record.reference), precedents) };
}

/** The answer a case was made from, only when it is the submitter's own (form state may be forged). */
function ownAnswerIn(core: Core, context: string, author: string): number | null {
  const answerId = numberIn(context, "answer");
  const answer = answerId === undefined ? undefined : getAnswer(core.db, answerId);
  return answer?.author === author ? answer.id : null;
}

function withSimilar(text: string, similar: Message | undefined): Message {
  const message = textMessage(text);
  if (similar) message.blocks.push({ type: "divider" }, ...similar.blocks);
  return message;
}
