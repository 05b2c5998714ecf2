// npm run bench: the figures of issues #8 and #16, measured in one run on this machine; see the README.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../src/config/config-schema.ts";
import { loadPromptLibrary, type PromptLibrary } from "../src/reflection/prompt-library.ts";
import { slotsBetween } from "../src/scheduling/cron-slots.ts";
import { openDatabase } from "../src/storage/database.ts";
import { measureDigests } from "./measure/digests.ts";
import { measureFanOut } from "./measure/fan-out.ts";
import { measureLatency } from "./measure/latency.ts";
import { measureSimilarCases } from "./measure/similar-cases.ts";
import { measureStartUp } from "./measure/start-up.ts";
import { latencyResults } from "./latency-results.ts";
import { machine, result, toTable, type Result } from "./report.ts";
import { withQuietSchedules } from "./seed/bench-config.ts";
import { seedDatabase } from "./seed/seed-database.ts";
import { seedCasesOnly } from "./seed/seed-organisation.ts";

const here = import.meta.dirname;
const data = join(here, "data");
const TEAMS = 500;
const SIZE = { weeks: 100, answers: 1_000_000, cases: 50_000, membersPerTeam: 40 };
// `npm run bench -- --short`: latency, memory and start-up only, with fewer requests (for a busy machine).
const isShort = process.argv.includes("--short");

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fresh(path: string): string {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  return path;
}

async function main(): Promise<void> {
  mkdirSync(data, { recursive: true });
  // The bot is measured as npm start runs it: compiled to dist/ (npm install builds it; this keeps it fresh).
  const build = spawnSync(process.execPath, [join(here, "../scripts/build-if-stale.mjs")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("the build failed; see above");
  const loaded = loadPromptLibrary(join(here, "../prompts"));
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  const library = loaded.library;
  log(`bedoeling-bot benchmark on ${machine()}`);
  if (process.env.BENCH_BOT_ROOT) log(`the bot under test: ${process.env.BENCH_BOT_ROOT} (BENCH_BOT_ROOT)`);

  // The newest prompt of every team went out an hour ago, so it is open while we measure.
  const anchor = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
  const organisation = join(data, "organisation.db");
  log(`seeding ${TEAMS} teams, ${SIZE.membersPerTeam * TEAMS} people, ${SIZE.answers} answers, ${SIZE.cases} cases …`);
  const seeded = seedDatabase(fresh(organisation), TEAMS, SIZE, library, anchor);
  log(`  seeded in ${seeded.seconds.toFixed(1)} s`);

  const results: Result[] = [];
  const config = seeded.config;

  if (!isShort) await measureWork(results, organisation, config, library, anchor);

  log("acknowledgement latency against bare and same-job apps (50 in flight; bursts and a closed loop) …");
  const live = withQuietSchedules(config, new Date());
  const latency = await measureLatency(organisation, live, join(data, "bench-config.json"), isShort ? 250 : 750);
  results.push(...latencyResults(latency));

  log("cold start (node dist/src/main.js, as npm start) …");
  const start = await measureStartUp(organisation, live, join(data, "bench-config.json"), isShort ? 3 : 5);
  log(`  to listening: ${start.startsMs.map(Math.round).join(", ")} ms; to ready: ${start.readyMs.map(Math.round).join(", ")} ms`);
  results.push(result("cold start, first", start.startsMs[0]!, "ms", null));
  results.push(result(`cold start, median of ${start.startsMs.length}`, start.medianMs, "ms", null, { text: "< 1 s", met: (value) => value < 1000 }));
  results.push(result(`start to ready (SDKs loaded), median of ${start.readyMs.length}`, start.medianReadyMs, "ms", null));

  writeFileSync(join(here, isShort ? "results-short.json" : "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\n${toTable(results)}\n\nwritten to bench/${isShort ? "results-short.json" : "results.json"}`);
}

/** Digests, similar cases and the fan-out: the work the bot does besides answering. */
async function measureWork(results: Result[], organisation: string, config: Config, library: PromptLibrary, anchor: Date): Promise<void> {
  log("digests of all teams …");
  const digests = await measureDigests(organisation, config, library, new Date(anchor.getTime() + 3 * 86_400_000));
  results.push(result(`all ${digests.teams} digests (vs one SQL aggregate pass)`, digests.allDigestsMs, "ms", digests.sqlPassMs, { text: "≤ 3× the SQL pass", met: (_, ratio) => ratio !== null && ratio <= 3 }));

  log("similar-case lookup over 100 000 cases …");
  const casesPath = fresh(join(data, "cases.db"));
  const casesDb = openDatabase(casesPath);
  seedCasesOnly(casesDb, config, 100_000, anchor);
  casesDb.close();
  const similar = measureSimilarCases(casesPath, 1000);
  results.push(result("similar-case lookup p50", similar.p50Ms, "ms", null));
  results.push(result("similar-case lookup p99", similar.p99Ms, "ms", null, { text: "< 20 ms", met: (value) => value < 20 }));
  results.push(result("lookups that found a precedent", similar.foundShare * 100, "%", null));

  log("fan-out of one prompt to 500 channels …");
  const monday = nextMondayNine(anchor);
  const fanOut = await measureFanOut(fresh(join(data, "fan-out.db")), config, library, monday);
  results.push(result(`fan-out to ${fanOut.channels} channels (vs the 1 msg/s/channel floor)`, fanOut.seconds, "s", fanOut.floorSeconds, { text: "≤ 1.1× the floor", met: (_, ratio) => ratio !== null && ratio <= 1.1 }));
  results.push(result("prompts posted in the fan-out", fanOut.posted, "posts", fanOut.channels, { text: "one per channel", met: (value) => value === fanOut.channels }));
  results.push(result("429s provoked in the fan-out", fanOut.rateLimited, "responses", null, { text: "0", met: (value) => value === 0 }));
}

/** The Monday 09:00 (Amsterdam) after `from`, found by the scheduler's own cron reading. */
function nextMondayNine(from: Date): Date {
  const [slot] = slotsBetween("0 9 * * 1", "Europe/Amsterdam", from, new Date(from.getTime() + 8 * 86_400_000));
  return slot!.at;
}

await main();
