import type { Audience, Prompt, PromptLibrary } from "../reflection/prompt-library.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

/** Whose answers a prompt's readers may see: its own demand, or whatever the team set. */
export type ListedVisibility = "private" | "team-setting";

/** One prompt as `list-prompts --json` shows it: who it is for, who sees the answers, and care. */
export interface ListedPrompt {
  id: string;
  theme: string;
  dimension: string | null;
  audience: Audience;
  visibility: ListedVisibility;
  care: boolean;
  mode: Prompt["mode"];
  mayBecomeCase: boolean;
  text: Prompt["text"];
  scale?: Prompt["scale"];
}

const AUDIENCE_LABEL: Record<Audience, string> = { everyone: "iedereen", employee: "medewerker", lead: "teamleider", mt: "MT" };

export function toListedPrompt(prompt: Prompt): ListedPrompt {
  return {
    id: prompt.id,
    theme: prompt.theme,
    dimension: prompt.dimension,
    audience: prompt.audience,
    visibility: prompt.visibility ?? "team-setting",
    care: prompt.care === true,
    mode: prompt.mode,
    mayBecomeCase: prompt.mayBecomeCase,
    text: prompt.text,
    ...(prompt.scale ? { scale: prompt.scale } : {}),
  };
}

export function listPrompts(library: PromptLibrary, options: { json: boolean; theme?: string }, output: CliOutput): ExitCode {
  const prompts = library.prompts.filter((prompt) => !options.theme || prompt.theme === options.theme);
  if (options.json) {
    output.out(JSON.stringify(prompts.map(toListedPrompt), null, 2));
    return 0;
  }
  for (const theme of library.themes) {
    const inTheme = prompts.filter((prompt) => prompt.theme === theme.key);
    if (inTheme.length === 0) continue;
    output.out(`\n${theme.title.nl} / ${theme.title.en} (${inTheme.length})`);
    for (const prompt of inTheme) output.out(`  ${describeLine(prompt)}`);
  }
  output.out(`\n${prompts.length} vragen in ${library.themes.length} thema's, elk in het Nederlands en Engels.`);
  output.out(audienceCounts(prompts));
  output.out("privé: antwoorden altijd privé, wat het team ook heeft ingesteld; zorg: met verwijzing naar de vertrouwenspersoon.");
  return 0;
}

/** "klantfocus-01   open  iedereen    privé zorg  Denk aan…": id, mode, audience, flags, Dutch text. */
function describeLine(prompt: Prompt): string {
  const flags = [prompt.visibility === "private" ? "privé" : "", prompt.care ? "zorg" : ""].filter(Boolean).join(" ");
  return `${prompt.id.padEnd(28)} ${prompt.mode.padEnd(5)} ${AUDIENCE_LABEL[prompt.audience].padEnd(10)} ${flags.padEnd(10)} ${prompt.text.nl}`;
}

function audienceCounts(prompts: Prompt[]): string {
  const counts = (Object.keys(AUDIENCE_LABEL) as Audience[]).map(
    (audience) => `${AUDIENCE_LABEL[audience]} ${prompts.filter((prompt) => prompt.audience === audience).length}`,
  );
  return `Voor wie: ${counts.join(", ")}.`;
}
