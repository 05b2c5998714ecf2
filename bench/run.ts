// npm run bench: the figures of issue #8, measured in one run on this machine; see the README.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadPromptLibrary } from "../src/reflection/prompt-library.ts";
import { slotsBetween } from "../src/scheduling/cron-slots.ts";
import { openDatabase } from "../src/storage/database.ts";
import { measureDigests } from "./measure/digests.ts";
import { measureFanOut } from "./measure/fan-out.ts";
import { measureLatency } from "./measure/latency.ts";
import { measureSimilarCases } from "./measure/similar-cases.ts";
import { measureStartUp } from "./measure/start-up.ts";
import { machine, result, toTable, type Result } from "./report.ts";
import { benchConfig, withQuietSchedules } from "./seed/bench-config.ts";
import { seedDatabase } from "./seed/seed-database.ts";
import { seedCasesOnly } from "./seed/seed-organisation.ts";

const here = import.meta.dirname;
const data = join(here, "data");
const TEAMS = 500;
const SIZE = { weeks: 100, answers: 1_000_000, cases: 50_000, membersPerTeam: 40 };

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

  // The newest prompt of every team went out an hour ago, so it is open while we measure.
  const anchor = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
  const organisation = join(data, "organisation.db");
  log(`seeding ${TEAMS} teams, ${SIZE.membersPerTeam * TEAMS} people, ${SIZE.answers} answers, ${SIZE.cases} cases …`);
  const seeded = seedDatabase(fresh(organisation), TEAMS, SIZE, library, anchor);
  log(`  seeded in ${seeded.seconds.toFixed(1)} s`);

  const results: Result[] = [];
  const config = seeded.config;

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

  log("acknowledgement latency against bare Bolt and a bare CloudAdapter (50 at once) …");
  const live = withQuietSchedules(config, new Date());
  const latency = await measureLatency(organisation, live, join(data, "bench-config.json"), 750);
  const s = latency.slack;
  const t = latency.teams;
  results.push(result("Slack ack p50 (vs bare Bolt)", s.ours.p50, "ms", s.bare.p50));
  results.push(result("Slack ack p99 (vs bare Bolt)", s.ours.p99, "ms", s.bare.p99, { text: "≤ 1.3× bare Bolt", met: (_, ratio) => ratio !== null && ratio <= 1.3 }));
  results.push(result("Slack CPU per interaction (vs bare Bolt)", s.ours.cpuMsPerRequest, "ms", s.bare.cpuMsPerRequest));
  results.push(result("Teams activity p50 (vs bare CloudAdapter)", t.ours.p50, "ms", t.bare.p50));
  results.push(result("Teams activity p99 (vs bare CloudAdapter)", t.ours.p99, "ms", t.bare.p99, { text: "≤ 1.3× bare CloudAdapter", met: (_, ratio) => ratio !== null && ratio <= 1.3 }));
  results.push(result("Teams CPU per activity (vs bare CloudAdapter)", t.ours.cpuMsPerRequest, "ms", t.bare.cpuMsPerRequest));
  const failedStatuses = [s.ours, t.ours].reduce((sum, side) => sum + Object.entries(side.statuses).filter(([status]) => status !== "200").reduce((n, [, count]) => n + count, 0), 0);
  results.push(result("requests not answered 200 under load", failedStatuses, "requests", null, { text: "0", met: (value) => value === 0 }));
  results.push(result("RSS idle (Slack + Teams, 1 M answers)", latency.idleRssMb, "MB", null, { text: "< 150 MB", met: (value) => value < 150 }));
  results.push(result("RSS peak under load", latency.peakRssMb, "MB", null, { text: "< 250 MB", met: (value) => value < 250 }));

  log("cold start (node dist/src/main.js, as npm start) …");
  const start = await measureStartUp(organisation, live, join(data, "bench-config.json"));
  results.push(result("cold start, first", start.startsMs[0]!, "ms", null));
  results.push(result("cold start, median of 3", start.medianMs, "ms", null, { text: "< 2 s", met: (value) => value < 2000 }));

  writeFileSync(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\n${toTable(results)}\n\nwritten to bench/results.json`);
}

/** The Monday 09:00 (Amsterdam) after `from`, found by the scheduler's own cron reading. */
function nextMondayNine(from: Date): Date {
  const [slot] = slotsBetween("0 9 * * 1", "Europe/Amsterdam", from, new Date(from.getTime() + 8 * 86_400_000));
  return slot!.at;
}

await main();
