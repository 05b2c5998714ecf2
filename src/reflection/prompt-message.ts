import type { Block, Language, Message } from "../chat/vocabulary.ts";
import { formatDay, formatNumber } from "../time/format.ts";
import { PULSE_STEP, type ScoreSummary } from "./answer-store.ts";
import type { Prompt, PromptLibrary } from "./prompt-library.ts";
import type { PromptRun } from "./prompt-run-store.ts";
import { reflectionTexts } from "./reflection-texts.ts";
import { promptText } from "./prompt-text.ts";


export interface PromptState {
  run: PromptRun;
  prompt: Prompt;
  answerCount: number;
  scores: ScoreSummary;
  isClosed: boolean;
  /** The team's current change, named in prompts that ask about it. */
  change?: string;
  /** Where to turn, shown with prompts about safety (the configured vertrouwenspersoon). */
  careContact?: string;
  /** The team's own one-line bedoeling, when a lead set it. */
  purpose?: string;
}

/** A reminder sent privately ("Herinner me later") has no second "later" button. */
export interface PromptMessageOptions {
  isReminder?: boolean;
}

export function promptMessage(state: PromptState, library: PromptLibrary, language: Language, timezone: string, options: PromptMessageOptions = {}): Message {
  const t = reflectionTexts[language];
  const { run, prompt } = state;
  const themeTitle = library.themes.find((theme) => theme.key === prompt.theme)?.title[language] ?? prompt.theme;
  const question = promptText(prompt, language, state.change);
  const status = state.isClosed ? t.closed : t.openUntil(formatDay(new Date(run.closesAt), timezone, language));
  const blocks: Block[] = [
    { type: "heading", text: t.promptHeading(themeTitle) },
    ...(options.isReminder ? [{ type: "context" as const, text: t.reminderIntro }] : []),
    { type: "text", text: question },
  ];
  if (state.purpose) blocks.push({ type: "context", text: t.purposeLine(state.purpose) });
  if (prompt.mode === "pulse") blocks.push({ type: "context", text: pulseLine(state.scores, language) });
  blocks.push({ type: "context", text: `${t.answerCount(state.answerCount)} · ${status}` });
  blocks.push({ type: "context", text: run.visibility === "team" && prompt.mode === "open" ? t.visibilityTeam : t.visibilityPrivate });
  if (prompt.care && state.careContact) blocks.push({ type: "context", text: t.care(state.careContact) });
  if (!state.isClosed) {
    const value = String(run.id);
    blocks.push({
      type: "buttons",
      buttons: [
        { label: t.answerButton, action: "answer.open", value, style: "primary" },
        { label: t.skipButton, action: "prompt.skip", value },
        ...(options.isReminder ? [] : [{ label: t.laterButton, action: "prompt.later", value }]),
      ],
    });
  }
  return { text: `${t.promptHeading(themeTitle)}: ${question}`, blocks };
}

function pulseLine(scores: ScoreSummary, language: Language): string {
  const t = reflectionTexts[language];
  if (scores.count < PULSE_STEP || scores.average === null) return t.pulseHidden(PULSE_STEP);
  return t.pulseAggregate(scores.count, formatNumber(scores.average, language), PULSE_STEP);
}
