import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Language, Message, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { findAnswer, publishScoresIfDue, saveAnswer, type Answer } from "./answer-store.ts";
import { answerForm } from "./answer-form.ts";
import { findPrompt } from "./prompt-library.ts";
import { getRun, listPromptPosts, type PromptRun } from "./prompt-run-store.ts";
import { isRunClosed } from "./prompt-state.ts";
import { findDeferral } from "./deferral-store.ts";
import { enqueueAnswerInThread, enqueuePromptRefresh } from "./answer-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { reflectionTexts } from "./reflection-texts.ts";

function languageOfRun(core: Core, run: PromptRun | undefined): Language {
  return languageOf(core, run ? findTeam(core, run.team) : undefined);
}

/**
 * "Antwoorden": opens the answer form, prefilled when the person answered before. The button must come
 * from a conversation the prompt was posted in (or be the person's own earlier answer): a button value
 * edited in a client cannot open another team's prompt.
 */
export function openAnswerForm(core: Core, user: UserRef, runId: number, place: Place = {}): Reply {
  const run = getRun(core.db, runId);
  const language = languageOfRun(core, run);
  const t = reflectionTexts[language];
  const prompt = run && findPrompt(core.library, run.promptId);
  const existing = run && findAnswer(core.db, run.id, formatUser(user));
  const isPostedHere = run !== undefined && listPromptPosts(core.db, run.id).some((ref) => ref.platform === user.platform && ref.conversationId === place.conversationId);
  // The private reminder of "Herinner me later" carries the button too: only to whoever asked for it.
  const wasReminded = run !== undefined && findDeferral(core.db, { userKey: formatUser(user), kind: "team", runId: run.id, promptId: run.promptId, team: run.team }) !== undefined;
  if (!run || !prompt || !(isPostedHere || existing || wasReminded)) return { kind: "notice", message: textMessage(t.runUnknown) };
  if (isRunClosed(core, run)) return { kind: "notice", message: textMessage(t.runClosed) };
  const change = findTeam(core, run.team)?.reflection?.change;
  return { kind: "open-form", form: answerForm(run, prompt, existing, language, change) };
}

export async function submitAnswer(core: Core, user: UserRef, context: string, raw: Record<string, string>): Promise<Reply> {
  const run = getRun(core.db, numberIn(context, "run") ?? -1);
  const language = languageOfRun(core, run);
  const t = reflectionTexts[language];
  const prompt = run && findPrompt(core.library, run.promptId);
  if (!run || !prompt) return { kind: "notice", message: textMessage(t.runUnknown) };
  if (isRunClosed(core, run)) return { kind: "notice", message: textMessage(t.runClosed) };
  const form = answerForm(run, prompt, undefined, language);
  const check = validateForm(form.fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const { answer, isNew } = inTransaction(core.db, () => {
    const saved = saveAnswer(
      core.db,
      {
        runId: run.id,
        author: formatUser(user),
        text: check.values.text ?? "",
        score: check.values.score ? Number(check.values.score) : null,
        mayHighlight: check.values.mayHighlight === "true",
      },
      core.clock.now(),
    );
    publishScoresIfDue(core.db, run.id);
    enqueuePromptRefresh(core, run.id);
    if (run.visibility === "team" && prompt.mode === "open") enqueueAnswerInThread(core, run.id, saved.answer.id);
    return saved;
  });
  core.outbox.kick();
  core.logger.info({ run: run.id, isNew }, "answer saved");
  return { kind: "notice", message: thanksMessage(answer, isNew, prompt.mayBecomeCase, language) };
}

function thanksMessage(answer: Answer, isNew: boolean, mayBecomeCase: boolean, language: Language): Message {
  const t = reflectionTexts[language];
  const text = isNew ? t.thanks : t.thanksEdited;
  const buttons = [{ label: t.editButton, action: "answer.open", value: String(answer.runId) }];
  if (mayBecomeCase && answer.text) buttons.push({ label: t.makeCaseButton, action: "case.from-answer", value: String(answer.id) });
  return { text, blocks: [{ type: "text", text }, { type: "buttons", buttons }] };
}
