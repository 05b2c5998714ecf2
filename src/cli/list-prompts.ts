import type { PromptLibrary } from "../reflection/prompt-library.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

export function listPrompts(library: PromptLibrary, options: { json: boolean; theme?: string }, output: CliOutput): ExitCode {
  const prompts = library.prompts.filter((prompt) => !options.theme || prompt.theme === options.theme);
  if (options.json) {
    output.out(JSON.stringify(prompts, null, 2));
    return 0;
  }
  for (const theme of library.themes) {
    const inTheme = prompts.filter((prompt) => prompt.theme === theme.key);
    if (inTheme.length === 0) continue;
    output.out(`\n${theme.title.nl} / ${theme.title.en} (${inTheme.length})`);
    for (const prompt of inTheme) output.out(`  ${prompt.id.padEnd(28)} ${prompt.mode.padEnd(5)} ${prompt.text.nl}`);
  }
  output.out(`\n${prompts.length} vragen in ${library.themes.length} thema's, elk in het Nederlands en Engels.`);
  return 0;
}
