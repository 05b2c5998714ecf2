import type { Audience, Prompt, PromptLibrary } from "./prompt-library.ts";
import { promptsForThemes } from "./prompt-library.ts";
import { canAsk } from "./prompt-text.ts";

export interface RotationOptions {
  /** The team's current change; prompts about "the change" are drawn only when it is named. */
  change?: string;
  /** Who the posts are for: a team channel (everyone, employees) or the MT channel. */
  audiences?: readonly Audience[];
}

/** Prompts a whole team sees in its channel; lead and MT prompts go to leads privately and the MT. */
const TEAM_CHANNEL: readonly Audience[] = ["everyone", "employee"];

/**
 * The team's rotation order: its themes taken in turn (one of each, then the next of each), so a week
 * on customer focus is followed by one on leadership rather than ten in a row. Deterministic.
 */
export function rotationOrder(library: PromptLibrary, themes: string[], options: RotationOptions = {}): Prompt[] {
  const audiences = options.audiences ?? TEAM_CHANNEL;
  const isDrawn = (prompt: Prompt) => audiences.includes(prompt.audience) && canAsk(prompt, options.change);
  const byTheme = themes.map((theme) => promptsForThemes(library, [theme]).filter(isDrawn));
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
  options: RotationOptions = {},
): { prompt: Prompt; cycle: number } | undefined {
  const order = rotationOrder(library, themes, options);
  if (order.length === 0) return undefined;
  const unused = order.find((prompt) => !current.promptIds.has(prompt.id));
  if (unused) return { prompt: unused, cycle: current.cycle };
  return { prompt: order[0]!, cycle: current.cycle + 1 };
}
