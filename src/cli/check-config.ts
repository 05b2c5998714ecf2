import type { LoadResult } from "../config/load-app.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

export function checkConfig(loaded: LoadResult, output: CliOutput): ExitCode {
  if (!loaded.ok) {
    output.err(`De configuratie heeft ${loaded.problems.length} ${loaded.problems.length === 1 ? "probleem" : "problemen"}:`);
    for (const problem of loaded.problems) output.err(`- ${problem}`);
    return 1;
  }
  const { config, configPath, isExampleConfig, library, settings } = loaded.app;
  output.out(`Configuratie in orde: ${configPath}${isExampleConfig ? " (het meegeleverde voorbeeld)" : ""}`);
  output.out(`- tijdzone ${config.timezone}, taal ${config.language}`);
  for (const team of config.teams) {
    const where = [team.slack && "Slack", team.msteams && "Teams"].filter(Boolean).join(" + ") || "alleen console";
    const reflection = team.reflection ? `vragen "${team.reflection.schedule}" (${team.reflection.themes.join(", ")}, ${team.reflection.visibility})` : "geen vragen";
    const digest = team.digest ? `overzicht "${team.digest.schedule}"` : "geen overzicht";
    output.out(`- team ${team.key} (${team.name}): ${where}; ${reflection}; ${digest}; ${team.leads.length} teamleider(s)`);
  }
  for (const addressee of config.addressees) {
    const where = [addressee.slack && "Slack", addressee.msteams && "Teams"].filter(Boolean).join(" + ") || "alleen console";
    output.out(`- ontvanger ${addressee.key} (${addressee.name}) van voorstellen en escalaties: ${where}; ${addressee.people.length} persoon/personen`);
  }
  output.out(`- ${library.prompts.length} vragen in ${library.themes.length} thema's`);
  const platforms = [settings.slack && (settings.slack.appToken ? "Slack (Socket Mode)" : "Slack (HTTP)"), settings.teams && (settings.teams.isUnauthenticated ? "Teams (ZONDER authenticatie)" : "Teams")];
  output.out(`- platforms: ${platforms.filter(Boolean).join(", ") || "geen inloggegevens: de console"}`);
  output.out(`- database: ${settings.databasePath}`);
  return 0;
}
