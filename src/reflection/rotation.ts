import type { Prompt, PromptLibrary } from "./prompt-library.ts";
import { promptsForThemes } from "./prompt-library.ts";

/** Prompts a whole team sees in its channel; lead and MT prompts are for their own channels. */
function isForTeamChannel(prompt: Prompt): boolean {
  return prompt.audience === "everyone" || prompt.audience === "employee";
}

/**
 * The team's rotation order: its themes taken in turn (one of each, then the next of each), so a week
 * on customer focus is followed by one on leadership rather than ten in a row. Deterministic.
 */
export function rotationOrder(library: PromptLibrary, themes: string[]): Prompt[] {
  const byTheme = themes.map((theme) => promptsForThemes(library, [theme]).filter(isForTeamChannel));
  const order: Prompt[] = [];
  const longest = Math.max(0, ...byTheme.map((list) => list.length));
  for (let index = 0; index < longest; index += 1) {
    for (const list of byTheme) {
      const prompt = list[index];
      if (prompt) order.push(prompt);
    }
  }
  return order;
}

/** The next prompt without repeats; when every prompt of the themes has been used, a new cycle starts. */
export function pickNextPrompt(
  library: PromptLibrary,
  themes: string[],
  current: { cycle: number; promptIds: Set<string> },
): { prompt: Prompt; cycle: number } | undefined {
  const order = rotationOrder(library, themes);
  if (order.length === 0) return undefined;
  const unused = order.find((prompt) => !current.promptIds.has(prompt.id));
  if (unused) return { prompt: unused, cycle: current.cycle };
  return { prompt: order[0]!, cycle: current.cycle + 1 };
}
