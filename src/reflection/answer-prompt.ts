import { showAfterCommit } from "../app/after-commit.ts";
import type { Core } from "../app/core.ts";
import { findTeam, languageOf } from "../app/core.ts";
import type { Language, Message, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, parseUser, textMessage } from "../chat/vocabulary.ts";
import { numberIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { findAnswer, getAnswer, listAnswerPosts, publishScoresIfDue, saveAnswer, saveAnswerPost, type Answer } from "./answers.ts";
import { answerForm } from "./answer-form.ts";
import { findPrompt } from "./prompt-library.ts";
import { getRun, listPromptPosts, type PromptRun } from "./prompt-runs.ts";
import { isRunClosed, refreshPromptPosts } from "./post-prompt.ts";
import { reflectionTexts } from "./reflection-texts.ts";

function languageOfRun(core: Core, run: PromptRun | undefined): Language {
  return languageOf(core, run ? findTeam(core, run.team) : undefined);
}

/** "Antwoorden": opens the answer form, prefilled when the person answered before. */
export function openAnswerForm(core: Core, user: UserRef, runId: number): Reply {
  const run = getRun(core.db, runId);
  const language = languageOfRun(core, run);
  const t = reflectionTexts[language];
  const prompt = run && findPrompt(core.library, run.promptId);
  if (!run || !prompt) return { kind: "notice", message: textMessage(t.runUnknown) };
  if (isRunClosed(core, run)) return { kind: "notice", message: textMessage(t.runClosed) };
  return { kind: "open-form", form: answerForm(run, prompt, findAnswer(core.db, run.id, formatUser(user)), language) };
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
  const { answer, isNew } = saveAnswer(
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
  publishScoresIfDue(core.db, run.id, false);
  core.logger.info({ run: run.id, isNew }, "answer saved");
  showAfterCommit(core, { run: run.id }, async () => {
    await refreshPromptPosts(core, run.id);
    if (run.visibility === "team" && prompt.mode === "open") await showAnswerInThread(core, user, run, answer, language);
  });
  return { kind: "notice", message: thanksMessage(answer, isNew, prompt.mayBecomeCase, language) };
}

/** With team visibility the answer appears in the prompt's thread, and an edit updates it there. */
async function showAnswerInThread(core: Core, user: UserRef, run: PromptRun, answer: Answer, language: Language): Promise<void> {
  const t = reflectionTexts[language];
  const author = await core.platforms.get(user.platform)?.resolveUser(user);
  const message = textMessage(t.answerInThread(author?.displayName ?? user.id, answer.text));
  const existing = listAnswerPosts(core.db, answer.id);
  for (const post of listPromptPosts(core.db, run.id)) {
    const platform = core.platforms.get(post.platform);
    if (!platform) continue;
    const previous = existing.find((ref) => ref.platform === post.platform);
    if (previous) await platform.update(previous, message);
    else saveAnswerPost(core.db, answer.id, await platform.post(post.conversationId, message, post.messageId));
  }
}

/** The other half of "maak er een casus van": the answer in the thread says which case it became. */
export async function markAnswerAsCase(core: Core, answerId: number, reference: string): Promise<void> {
  const answer = getAnswer(core.db, answerId);
  const run = answer && getRun(core.db, answer.runId);
  if (!answer || !run) return;
  const t = reflectionTexts[languageOfRun(core, run)];
  const author = parseUser(answer.author);
  for (const ref of listAnswerPosts(core.db, answer.id)) {
    const platform = core.platforms.get(ref.platform);
    if (!platform || !author) continue;
    const name = (await platform.resolveUser(author)).displayName;
    const message = textMessage(t.answerInThread(name, answer.text));
    message.blocks.push({ type: "context", text: t.becameCase(reference) });
    await platform.update(ref, message);
  }
}

function thanksMessage(answer: Answer, isNew: boolean, mayBecomeCase: boolean, language: Language): Message {
  const t = reflectionTexts[language];
  const text = isNew ? t.thanks : t.thanksEdited;
  const buttons = [{ label: t.editButton, action: "answer.open", value: String(answer.runId) }];
  if (mayBecomeCase && answer.text) buttons.push({ label: t.makeCaseButton, action: "case.from-answer", value: String(answer.id) });
  return { text, blocks: [{ type: "text", text }, { type: "buttons", buttons }] };
}
