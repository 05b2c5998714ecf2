import type { Core } from "../dispatch/core.ts";
import type { Language } from "../chat/vocabulary.ts";
import type { Prompt } from "./prompt-library.ts";
import { reflectionTexts } from "./reflection-texts.ts";

/** A prompt's text in a language, with the team's current change named where the prompt asks for it. */
export function promptText(prompt: Prompt, language: Language, change?: string): string {
  const text = prompt.text[language];
  return change ? text.replaceAll("{change}", change) : text;
}

/** Whether a team can be asked this prompt: one about "the change" only when the team named its change. */
export function canAsk(prompt: Prompt, change: string | undefined): boolean {
  return change !== undefined || !prompt.text.nl.includes("{change}");
}

/** Where to turn, shown with prompts about safety and on the home page; undefined when not configured. */
export function careLine(core: Core, language: Language): string | undefined {
  const contact = core.config.care?.vertrouwenspersoon;
  return contact ? reflectionTexts[language].care(contact) : undefined;
}
