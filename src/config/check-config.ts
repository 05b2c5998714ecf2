import type { PromptLibrary } from "../reflection/prompt-library.ts";
import { rotationOrder } from "../reflection/rotation.ts";
import type { Config } from "./config-schema.ts";

/** What only the prompt library can tell: does every theme a team asks for exist? */
export function checkConfigAgainstLibrary(config: Config, library: PromptLibrary, source = "config"): string[] {
  const known = new Set(library.themes.map((theme) => theme.key));
  const problems: string[] = [];
  // Many teams ask for the same themes: whether they leave the team anything to draw is asked once per set.
  const drawable = new Map<string, boolean>();
  const hasTeamPrompts = (themes: string[]) => {
    const key = themes.join("|");
    let answer = drawable.get(key);
    if (answer === undefined) drawable.set(key, (answer = rotationOrder(library, themes).length > 0));
    return answer;
  };
  config.teams.forEach((team, index) => {
    team.reflection?.themes.forEach((theme, themeIndex) => {
      if (!known.has(theme)) {
        problems.push(
          `${source}: teams[${index}].reflection.themes[${themeIndex}]: thema "${theme}" bestaat niet (bekend: ${[...known].join(", ")})`,
        );
      }
    });
    if (team.reflection && team.reflection.themes.every((theme) => known.has(theme)) && !hasTeamPrompts(team.reflection.themes)) {
      problems.push(`${source}: teams[${index}].reflection.themes: deze thema's hebben geen vragen voor het hele team (alleen voor leiding/MT)`);
    }
  });
  return problems;
}
