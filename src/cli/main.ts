// `npm run cli -- <command>`: the operators' entry, a composition root like src/main.ts.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { findTeam } from "../team/find-team.ts";
import { createBot } from "../composition/create-bot.ts";
import { loadApp } from "../config/load-app.ts";
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import type { Adapter } from "../chat/adapter.ts";
import { connectPlatforms } from "../composition/connect-platforms.ts";
import { postDigest } from "../digest/post-digest.ts";
import { routeEgress } from "../http/egress.ts";
import { createLogger } from "../logging/logger.ts";
import { postPrompt } from "../reflection/post-prompt.ts";
import { openDatabase } from "../storage/database.ts";
import { systemClock } from "../time/clock.ts";
import { backupDatabase } from "./backup.ts";
import { exportCommand } from "./export-command.ts";
import { forgetUserCommand } from "./forget-user-command.ts";
import { checkConfig } from "./check-config.ts";
import { processOutput as output, type ExitCode } from "./cli-output.ts";
import { listPrompts } from "./list-prompts.ts";
import { outboxCommand } from "./outbox-command.ts";
import { LABELLED_SETS, privacyReport } from "./privacy-report.ts";
import { reportCommand } from "../report/report-command.ts";

const USAGE = `Gebruik: npm run cli -- <commando>   (zonder npm, zoals in de container: node dist/src/cli/main.js <commando>)
  check-config                         controleer omgeving, configuratie en vragenbibliotheek
  list-prompts [--json] [--theme T]    toon de vragenbibliotheek
  post-prompt --team KEY               post nu de volgende reflectievraag van een team
  post-digest --team KEY               post nu het weekoverzicht van een team
  export --team KEY --format csv|json [--out FILE]
                                       exporteer vragen, antwoorden (volgens zichtbaarheid), casussen en audit
  forget-user PLATFORM:ID              wis iemands gegevens (AVG) en de berichten van de bot met diens antwoorden;
                                       casussen blijven, zonder die persoon
  backup FILE                          online back-up van de database naar een nieuw bestand FILE (terwijl de bot draait)
  outbox [retry ID | drop ID]          toon wat nog naar Slack of Teams moet (of is opgegeven); verstuur opnieuw of verwijder
  report --team KEY | --organisation [--from JJJJ-MM-DD --to JJJJ-MM-DD] --out FILE.html
                                       de kwartaalposter: één HTML-pagina om te printen op A3 (zonder --from/--to:
                                       het laatste hele kwartaal); een nieuw bestand, alleen leesbaar voor de eigenaar
  privacy-report                       meet de privacyfilter op de gelabelde testsets in tests/fixtures/privacy/
                                       (voor ontwikkelaars: alleen vanuit een clone van de repository, niet in de container)`;

async function run(argv: string[]): Promise<ExitCode> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      team: { type: "string" },
      json: { type: "boolean", default: false },
      theme: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      organisation: { type: "boolean", default: false },
      from: { type: "string" },
      to: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (command === "privacy-report") {
    if (LABELLED_SETS.every((set) => existsSync(set.path))) return privacyReport(output);
    output.err("privacy-report meet op de testsets in tests/fixtures/privacy/; die staan alleen in een clone van de repository.");
    return 1;
  }
  const loaded = loadApp(process.env);
  // forget-user, post-prompt and post-digest call Slack and Teams: through HTTPS_PROXY, like the bot.
  if (loaded.ok) routeEgress(loaded.app.settings.proxy);
  if (command === "check-config") return checkConfig(loaded, output);
  if (!command || command === "help" || command === "hulp") {
    output.out(USAGE);
    return command ? 0 : 2;
  }
  if (!loaded.ok) return checkConfig(loaded, output);
  const { app } = loaded;
  if (command === "list-prompts") return listPrompts(app.library, { json: values.json ?? false, theme: values.theme }, output);

  const logger = createLogger(app.settings.logLevel === "info" ? "warn" : app.settings.logLevel);
  const db = openDatabase(app.settings.databasePath);
  try {
    if (command === "backup") return await backupDatabase(db, rest[0] ?? "", output);
    if (command === "outbox") return outboxCommand(db, rest, new Date(), output);
    if (command === "export") return exportCommand(db, app.config, { team: values.team, format: values.format, out: values.out }, new Date(), output);
    if (command === "report") {
      const options = { team: values.team, isOrganisation: values.organisation ?? false, from: values.from, to: values.to, out: values.out };
      return await reportCommand(db, app.config, options, new Date(), output);
    }
    const bot = createBot({ db, config: app.config, library: app.library, clock: systemClock, logger });
    if (command === "forget-user") {
      const openPlatforms = async () => {
        const adapters = await connectPlatforms(bot, app.settings, db, logger, systemClock);
        // Console messages live only in the memory of the session that showed them; from here they are gone.
        bot.connect(new ConsolePlatform(() => undefined, []));
        return { platforms: bot.core.platforms, close: () => stopAll(adapters) };
      };
      return await forgetUserCommand({ db, who: rest[0], now: new Date(), openPlatforms, output });
    }
    if (command === "post-prompt" || command === "post-digest") {
      const team = values.team ? findTeam(bot.core, values.team) : undefined;
      if (!team) {
        output.err(`Onbekend team "${values.team ?? ""}". Teams: ${app.config.teams.map((t) => t.key).join(", ")}`);
        return 2;
      }
      const adapters = await connectPlatforms(bot, app.settings, db, logger, systemClock);
      if (adapters.length === 0) bot.connect(new ConsolePlatform(output.out, []));
      const outcome = command === "post-prompt" ? await postPrompt(bot.core, team) : await postDigest(bot.core, team);
      await stopAll(adapters);
      const via = adapters.map((adapter) => adapter.platform.platform).join(", ") || "console";
      output.out(`${command === "post-prompt" ? "Vraag" : "Weekoverzicht"} voor ${team.key}: ${outcome.status}${outcome.note ? ` (${outcome.note})` : ""} via ${via}.`);
      return 0;
    }
    output.err(`Onbekend commando "${command}".\n${USAGE}`);
    return 2;
  } finally {
    db.close();
  }
}

async function stopAll(adapters: Adapter[]): Promise<void> {
  for (const adapter of adapters) await adapter.stop();
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    output.err(`Mislukt: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
