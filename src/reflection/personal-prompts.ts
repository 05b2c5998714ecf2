import type { Core } from "../dispatch/core.ts";
import type { Button, Language, Message, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import { enqueueDirect } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { startOfUtcDay } from "../time/day.ts";
import type { Audience, Prompt } from "./prompt-library.ts";
import { canAsk, careLine, promptText } from "./prompt-text.ts";
import { skippedPromptIds } from "./deferral-store.ts";
import { forgetSentPersonalPrompts, listSentPersonalPrompts, recordPersonalPromptSend } from "./personal-prompt-store.ts";
import { reflectionTexts } from "./reflection-texts.ts";

export type PersonalKind = "logbook" | "lead";

/**
 * The person's next personal prompt of this kind: the first in library order, among the audiences
 * meant for them, that was not sent to them yet in this round. A prompt without an entry counts as
 * sent, so the rotation moves on; when all were sent a new round starts.
 */
export function nextPersonalPrompt(core: Core, userKey: string, kind: PersonalKind, audiences: readonly Audience[], change?: string): Prompt | undefined {
  const all = core.library.prompts.filter(
    (prompt) => prompt.mode === "open" && audiences.includes(prompt.audience) && canAsk(prompt, change),
  );
  // A prompt the person skipped does not come back, not even in a new round.
  const skipped = skippedPromptIds(core.db, userKey, kind);
  const candidates = all.filter((prompt) => !skipped.has(prompt.id));
  if (candidates.length === 0) return undefined;
  const sent = listSentPersonalPrompts(core.db, userKey, kind);
  const unsent = candidates.filter((prompt) => !sent.has(prompt.id));
  if (unsent.length > 0) return unsent[0];
  forgetSentPersonalPrompts(core.db, userKey, kind, candidates.map((prompt) => prompt.id));
  return candidates[0];
}

/**
 * Sends one personal prompt for this slot as a direct message (through the outbox), once: a retried
 * slot finds the send recorded. Returns whether it was sent now.
 */
export function sendPersonalPrompt(core: Core, user: UserRef, kind: PersonalKind, slot: string, message: (prompt: Prompt) => Message, prompt: Prompt): boolean {
  return inTransaction(core.db, () => {
    const send = { userKey: formatUser(user), kind, promptId: prompt.id, slot, sentOn: startOfUtcDay(core.clock.now()) };
    if (!recordPersonalPromptSend(core.db, send)) return false;
    enqueueDirect(core, user, message(prompt));
    return true;
  });
}

/** Which personal prompt a skip or later button is about: its kind, prompt and (teamleider prompts) team. */
export interface PersonalSubject {
  kind: PersonalKind;
  team?: string;
  isReminder?: boolean;
}

/**
 * A private prompt with a button that opens the entry form (answers are kept like logbook entries),
 * and "Overslaan" / "Herinner me later" (not on the one reminder).
 */
export function personalPromptMessage(core: Core, prompt: Prompt, language: Language, heading: string, buttonLabel: string, change: string | undefined, subject: PersonalSubject): Message {
  const t = reflectionTexts[language];
  const text = promptText(prompt, language, change);
  const care = prompt.care ? careLine(core, language) : undefined;
  const value = personalValue(subject.kind, prompt.id, subject.team);
  const buttons: Button[] = [
    { label: buttonLabel, action: "logbook.open", value: prompt.id, style: "primary" },
    { label: t.skipButton, action: "personal.skip", value },
    ...(subject.isReminder ? [] : [{ label: t.laterButton, action: "personal.later", value }]),
  ];
  return {
    text,
    blocks: [
      { type: "heading", text: heading },
      ...(subject.isReminder ? [{ type: "context" as const, text: t.reminderIntro }] : []),
      { type: "text", text },
      ...(care ? [{ type: "context" as const, text: care }] : []),
      { type: "buttons", buttons },
    ],
  };
}

/** The value of a personal prompt's skip and later buttons: "lead|prompt-id|team" or "logbook|prompt-id|". */
export function personalValue(kind: PersonalKind, promptId: string, team = ""): string {
  return `${kind}|${promptId}|${team}`;
}
