import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Message } from "../chat/vocabulary.ts";
import { parseUser } from "../chat/vocabulary.ts";
import { hasEntrySince } from "../logbook/logbook-store.ts";
import { logbookTexts } from "../logbook/logbook-texts.ts";
import { enqueueDirect } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { findAnswer } from "./answer-store.ts";
import { claimReminder, listDueReminders, type Deferral } from "./deferral-store.ts";
import { logbookLanguage } from "./defer-prompt.ts";
import { personalPromptMessage } from "./personal-prompts.ts";
import { findPrompt } from "./prompt-library.ts";
import { promptMessage } from "./prompt-message.ts";
import { getRun } from "./prompt-run-store.ts";
import { isRunClosed, stateOf } from "./prompt-state.ts";
import { reflectionTexts } from "./reflection-texts.ts";

/**
 * Sends the reminders of "Herinner me later" that are due: the prompt again, privately, once. Each is
 * claimed in the transaction that writes its direct message to the outbox, so a restart, a retried
 * job or a second process sends it exactly once. A prompt answered or closed meanwhile is not sent.
 */
export async function sendLaterReminders(core: Core): Promise<number> {
  const now = core.clock.now();
  let sent = 0;
  for (const deferral of listDueReminders(core.db, now)) {
    const user = parseUser(deferral.userKey);
    const isSent = inTransaction(core.db, () => {
      if (!claimReminder(core.db, deferral.id, now)) return false;
      const message = user && reminderMessage(core, deferral);
      if (!user || !message) return false;
      enqueueDirect(core, user, message);
      return true;
    });
    if (isSent) sent += 1;
  }
  await core.outbox.whenIdle();
  return sent;
}

function reminderMessage(core: Core, deferral: Deferral): Message | undefined {
  if (deferral.kind === "team") {
    const run = deferral.runId === null ? undefined : getRun(core.db, deferral.runId);
    if (!run || isRunClosed(core, run) || findAnswer(core.db, run.id, deferral.userKey)) return undefined;
    const language = languageOf(core, findTeam(core, run.team));
    return promptMessage(stateOf(core, run), core.library, language, core.config.timezone, { isReminder: true });
  }
  const prompt = findPrompt(core.library, deferral.promptId);
  if (!prompt) return undefined;
  if (hasEntrySince(core.db, deferral.userKey, deferral.promptId, deferral.createdAt)) return undefined;
  const subject = { kind: deferral.kind, team: deferral.team ?? undefined, isReminder: true };
  if (deferral.kind === "lead") {
    const team = findTeam(core, deferral.team ?? "");
    const t = reflectionTexts[languageOf(core, team)];
    return personalPromptMessage(core, prompt, languageOf(core, team), t.leadHeading, t.writeButton, team?.reflection?.change, subject);
  }
  const language = logbookLanguage(core, deferral.userKey);
  const l = logbookTexts[language];
  return personalPromptMessage(core, prompt, language, l.heading, l.writeButton, undefined, subject);
}
