import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Language, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { findSubscription } from "../logbook/logbook-store.ts";
import { wasPersonalPromptSent } from "./personal-prompt-store.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { inTransaction } from "../storage/database.ts";
import { formatDay } from "../time/format.ts";
import { findAnswer } from "./answer-store.ts";
import { findDeferral, saveLater, saveSkip, type DeferralSubject } from "./deferral-store.ts";
import { nextWorkingMorning, REMINDER_TIME } from "./next-working-morning.ts";
import { getRun, listPromptPosts, type PromptRun } from "./prompt-run-store.ts";
import { isRunClosed } from "./prompt-state.ts";
import { reflectionTexts } from "./reflection-texts.ts";

type Choice = "skip" | "later";

/**
 * "Overslaan" / "Herinner me later" on a team's prompt. Like "Antwoorden", the button must come from a
 * conversation the prompt was posted in, or from the person's own reminder: an edited value cannot
 * reach another team's prompt.
 */
export function deferTeamPrompt(core: Core, user: UserRef, runId: number, place: Place, choice: Choice): Reply {
  const run = getRun(core.db, runId);
  const language = languageOf(core, run ? findTeam(core, run.team) : undefined);
  const t = reflectionTexts[language];
  if (!run) return notice(t.runUnknown);
  const subject: DeferralSubject = { userKey: formatUser(user), kind: "team", runId: run.id, promptId: run.promptId, team: run.team };
  const existing = findDeferral(core.db, subject);
  const isPostedHere = listPromptPosts(core.db, run.id).some((ref) => ref.platform === user.platform && ref.conversationId === place.conversationId);
  if (!isPostedHere && !existing) return notice(t.runUnknown);
  if (isRunClosed(core, run)) return notice(t.runClosed);
  if (findAnswer(core.db, run.id, subject.userKey)) return notice(t.alreadyAnswered);
  return choose(core, subject, choice, language, run);
}

/** The same for a personal prompt (logbook, teamleider): only one that was sent to this person. */
export function deferPersonalPrompt(core: Core, user: UserRef, value: string, choice: Choice): Reply {
  const [kind = "", promptId = "", teamKey = ""] = value.split("|");
  const userKey = formatUser(user);
  const team = teamKey ? findTeam(core, teamKey) : undefined;
  const language = kind === "lead" ? languageOf(core, team) : logbookLanguage(core, userKey);
  const t = reflectionTexts[language];
  const wasSent = wasPersonalPromptSent(core.db, userKey, kind, promptId);
  if (!wasSent || (kind !== "logbook" && kind !== "lead") || (kind === "lead" && !team)) return notice(t.runUnknown);
  const subject: DeferralSubject = { userKey, kind, runId: null, promptId, team: kind === "lead" ? teamKey : null };
  return choose(core, subject, choice, language);
}

function choose(core: Core, subject: DeferralSubject, choice: Choice, language: Language, run?: PromptRun): Reply {
  const t = reflectionTexts[language];
  const now = core.clock.now();
  const tz = core.config.timezone;
  const existing = findDeferral(core.db, subject);
  if (existing?.choice === "skip") return notice(t.alreadySkipped);
  if (choice === "skip") {
    inTransaction(core.db, () => saveSkip(core.db, subject, now));
    core.logger.info({ kind: subject.kind, run: subject.runId }, "prompt skipped");
    return notice(subject.kind === "team" ? t.skipped : t.personalSkipped);
  }
  const when = (at: Date) => t.at(formatDay(at, tz, language), REMINDER_TIME);
  if (existing) return notice(existing.remindedAt ? t.remindedAlready : t.laterAlready(when(new Date(existing.remindAt!))));
  const remindAt = nextWorkingMorning(now, tz);
  if (run && remindAt >= new Date(run.closesAt)) return notice(t.closesBeforeReminder(formatDay(new Date(run.closesAt), tz, language)));
  const isSaved = inTransaction(core.db, () => saveLater(core.db, subject, remindAt, now));
  if (isSaved) core.logger.info({ kind: subject.kind, run: subject.runId }, "prompt reminder planned");
  return notice(t.later(when(remindAt)));
}

export function logbookLanguage(core: Core, userKey: string): Language {
  return findSubscription(core.db, userKey)?.language ?? core.config.language;
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
