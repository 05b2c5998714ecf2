// `npm run demo`: a week of one team, then a second week in which a rode draad goes to the MT and its
// answer comes back, and a look-back six weeks on; replayed through the core on a fake clock in seconds.
// A composition root like src/main.ts: it renders through the console adapter.
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import { createBot } from "../composition/create-bot.ts";
import { loadApp } from "../config/load-app.ts";
import { createLogger } from "../logging/logger.ts";
import { openDatabase } from "../storage/database.ts";
import { FakeClock } from "../time/clock.ts";
import { playSecondWeek } from "./demo-second-week.ts";
import { playWeek } from "./demo-week.ts";

async function runDemo(): Promise<void> {
  const loaded = loadApp({ ...process.env, BEDOELING_CONFIG: "./bedoeling.config.example.yaml" });
  if (!loaded.ok) {
    process.stderr.write(`${loaded.problems.join("\n")}\n`);
    process.exit(1);
  }
  const write = (text: string) => void process.stdout.write(`${text}\n`);
  const clock = new FakeClock("2026-03-22T22:00:00Z");
  const db = openDatabase(process.argv[2] ?? ":memory:");
  const bot = createBot({ db, config: loaded.app.config, library: loaded.app.library, clock, logger: createLogger("silent") });
  const platform = new ConsolePlatform(write, ["anna", "lisa", "bram", "sara", "omar"]);
  bot.connect(platform);
  const started = performance.now();
  await playWeek(bot, clock, write);
  await playSecondWeek(bot, clock, write);
  write(`\nDemo klaar: twee weken en een terugblik in ${Math.round(performance.now() - started)} ms.`);
  db.close();
}

void runDemo();
