import pino from "pino";
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import { createBot } from "../../src/composition/create-bot.ts";
import type { Config } from "../../src/config/config-schema.ts";
import { postDigest } from "../../src/digest/post-digest.ts";
import type { PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { openDatabase, type Db } from "../../src/storage/database.ts";
import { FakeClock } from "../../src/time/clock.ts";

export interface DigestFigures {
  allDigestsMs: number;
  sqlPassMs: number;
  teams: number;
}

/**
 * All teams' digests as the bot builds and posts them (to the console platform, in memory), against
 * one hand-written SQL pass that aggregates the same figures for every team at once.
 */
export async function measureDigests(path: string, config: Config, library: PromptLibrary, end: Date): Promise<DigestFigures> {
  const db = openDatabase(path);
  try {
    const sqlPassMs = timeBest(3, () => singleSqlPass(db, end));
    const clock = new FakeClock(end);
    const bot = createBot({ db, config, library, clock, logger: pino({ level: "silent" }) });
    bot.connect(new ConsolePlatform(() => undefined, ["anna", "lisa"]));
    const started = performance.now();
    for (const team of config.teams) await postDigest(bot.core, team);
    const allDigestsMs = performance.now() - started;
    return { allDigestsMs, sqlPassMs, teams: config.teams.length };
  } finally {
    db.close();
  }
}

/** The floor: every team's week in one statement per figure group, the way a reporting query would. */
function singleSqlPass(db: Db, end: Date): number {
  const weekAgo = new Date(end.getTime() - 7 * 86_400_000).toISOString();
  const eightWeeksAgo = new Date(end.getTime() - 56 * 86_400_000).toISOString();
  const to = end.toISOString();
  const rows = db
    .prepare(
      `WITH week_runs AS (
         SELECT r.team, count(DISTINCT r.id) AS prompts, count(a.id) AS answers
         FROM prompt_runs r LEFT JOIN answers a ON a.run_id = r.id
         WHERE r.posted_at >= @weekAgo AND r.posted_at < @to GROUP BY r.team),
       trend AS (
         SELECT team, count(*) AS participants FROM (
           SELECT DISTINCT r.team, a.author, CAST((julianday(@to) - julianday(r.posted_at)) / 7 AS INTEGER) AS week
           FROM prompt_runs r JOIN answers a ON a.run_id = r.id
           WHERE r.posted_at >= @eightWeeksAgo AND r.posted_at < @to)
         GROUP BY team),
       case_counts AS (
         SELECT team,
           sum(created_at >= @weekAgo AND created_at < @to) AS opened,
           sum(status NOT IN ('decided', 'closed')) AS waiting
         FROM cases GROUP BY team),
       decided AS (
         SELECT c.team, count(DISTINCT c.id) AS decided FROM cases c JOIN case_events e ON e.case_id = c.id
         WHERE e.kind = 'move' AND e.to_status = 'decided' AND e.at >= @weekAgo AND e.at < @to GROUP BY c.team),
       threads AS (
         SELECT rule, count(*) AS cases, count(DISTINCT team) AS teams FROM cases GROUP BY lower(rule) HAVING count(*) >= 2
         ORDER BY cases DESC LIMIT 3)
       SELECT cc.team, w.prompts, w.answers, t.participants, cc.opened, d.decided, cc.waiting,
         (SELECT group_concat(rule, '|') FROM threads) AS threads
       FROM case_counts cc LEFT JOIN week_runs w ON w.team = cc.team LEFT JOIN trend t ON t.team = cc.team
       LEFT JOIN decided d ON d.team = cc.team`,
    )
    .all({ weekAgo, eightWeeksAgo, to });
  return rows.length;
}

function timeBest(times: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
