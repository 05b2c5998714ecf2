import { normaliseRule } from "../../src/cases/rule-key.ts";
import { localMinuteKey } from "../../src/time/local-time.ts";
import type { Config } from "../../src/config/config-schema.ts";
import type { PromptLibrary } from "../../src/reflection/prompt-library.ts";
import type { Db } from "../../src/storage/database.ts";
import { personId, slackChannel, slackTriage } from "./bench-config.ts";
import { Random } from "./random.ts";
import { answerText, caseText } from "./texts.ts";

export interface SeedSize {
  /** Weekly prompts per team, the newest on the anchor (a Monday 09:00). */
  weeks: number;
  answers: number;
  cases: number;
  membersPerTeam: number;
}

export interface SeedSummary {
  teams: number;
  people: number;
  runs: number;
  answers: number;
  cases: number;
  events: number;
}

const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;

/**
 * Fills an empty, migrated database with an organisation in steady state: every prompt posted, every
 * case routed, old waiting cases already nudged, open prompts already reminded — so that a bot started
 * on it does only the work a benchmark gives it. Deterministic for a given seed and anchor.
 */
export function seedOrganisation(db: Db, config: Config, library: PromptLibrary, size: SeedSize, anchor: Date, seed = 20261202): SeedSummary {
  const random = new Random(seed);
  const summary: SeedSummary = { teams: config.teams.length, people: config.teams.length * size.membersPerTeam, runs: 0, answers: 0, cases: 0, events: 0 };
  db.transaction(() => {
    seedRuns(db, config, library, size, anchor, random, summary);
    seedCases(db, config, size.cases, size.membersPerTeam, anchor, size.weeks, random, summary);
  }).immediate();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  return summary;
}

/** Only cases (with their audit entries and triage posts): the similar-case data set. */
export function seedCasesOnly(db: Db, config: Config, cases: number, anchor: Date, seed = 20261203): SeedSummary {
  const random = new Random(seed);
  const summary: SeedSummary = { teams: config.teams.length, people: 0, runs: 0, answers: 0, cases: 0, events: 0 };
  db.transaction(() => seedCases(db, config, cases, 40, anchor, 100, random, summary)).immediate();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  return summary;
}

function seedRuns(db: Db, config: Config, library: PromptLibrary, size: SeedSize, anchor: Date, random: Random, summary: SeedSummary): void {
  const insertRun = db.prepare(
    `INSERT INTO prompt_runs (team, prompt_id, cycle, visibility, slot, posted_at, closes_at, reminded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPost = db.prepare("INSERT INTO prompt_posts (run_id, platform, conversation_id, message_id) VALUES (?, 'slack', ?, ?)");
  const insertAnswer = db.prepare(
    "INSERT INTO answers (run_id, author, text, score, may_highlight, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const prompts = library.prompts;
  const runsInAll = config.teams.length * size.weeks;
  const perRun = Math.floor(size.answers / runsInAll);
  let extra = size.answers - perRun * runsInAll;
  config.teams.forEach((team, teamIndex) => {
    for (let week = size.weeks - 1; week >= 0; week -= 1) {
      const postedAt = new Date(anchor.getTime() - week * WEEK_MS);
      const closesAt = new Date(postedAt.getTime() + 6 * DAY_MS);
      const prompt = prompts[(teamIndex + size.weeks - week) % prompts.length]!;
      const cycle = Math.floor((size.weeks - week) / prompts.length) + 1;
      const slot = localMinuteKey(postedAt, config.timezone);
      const run = insertRun.run(team.key, prompt.id, cycle, team.reflection!.visibility, slot, postedAt.toISOString(), closesAt.toISOString(), closesAt.toISOString());
      const runId = Number(run.lastInsertRowid);
      insertPost.run(runId, slackChannel(teamIndex), `${postedAt.getTime() / 1000}.${String(teamIndex).padStart(6, "0")}`);
      summary.runs += 1;
      const count = Math.min(perRun + (extra > 0 ? 1 : 0), size.membersPerTeam);
      if (extra > 0) extra -= 1;
      for (const member of random.sample(size.membersPerTeam, count)) {
        const at = new Date(postedAt.getTime() + random.int(10, 5 * 24 * 60) * 60_000).toISOString();
        const score = prompt.mode === "pulse" ? random.int(1, 5) : null;
        insertAnswer.run(runId, `slack:${personId(teamIndex, member)}`, answerText(random), score, random.chance(0.3) ? 1 : 0, at, at);
        summary.answers += 1;
      }
    }
  });
}

function seedCases(db: Db, config: Config, count: number, members: number, anchor: Date, weeks: number, random: Random, summary: SeedSummary): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (reference, team, status, title, situation, rule, rule_level, unwanted_effect, bedoeling, proposal, urgency,
       is_anonymous, submitter, owner, platform, outcome, reasons, paused_until, close_reason, created_at, last_moved_at, nudged_at, rule_key)
     VALUES (@reference, @team, @status, @title, @situation, @rule, @ruleLevel, @unwantedEffect, @bedoeling, @proposal, @urgency,
       @isAnonymous, @submitter, @owner, 'slack', @outcome, @reasons, @pausedUntil, @closeReason, @createdAt, @lastMovedAt, @nudgedAt, @ruleKey)`,
  );
  const insertEvent = db.prepare("INSERT INTO case_events (case_id, at, actor, kind, from_status, to_status, note) VALUES (?, ?, ?, 'move', ?, ?, NULL)");
  const insertPost = db.prepare("INSERT INTO case_posts (case_id, platform, conversation_id, message_id) VALUES (?, 'slack', ?, ?)");
  const counters = new Map<number, number>();
  const span = weeks * WEEK_MS;
  for (let index = 0; index < count; index += 1) {
    // Oldest first, so ids and references grow with time as they do in use.
    const created = new Date(anchor.getTime() - span + Math.floor((index / count) * span) + random.int(0, 3600) * 1000);
    const year = created.getUTCFullYear();
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const teamIndex = random.int(0, config.teams.length - 1);
    const team = config.teams[teamIndex]!;
    const text = caseText(random);
    const lead = `slack:${personId(teamIndex, random.int(0, 1))}`;
    const isAnonymous = random.chance(0.15);
    const submitter = isAnonymous ? null : `slack:${personId(teamIndex, random.int(2, members - 1))}`;
    const ageDays = (anchor.getTime() - created.getTime()) / DAY_MS;
    const status = statusFor(ageDays, random);
    const movedAt = new Date(Math.min(anchor.getTime() - 3600_000, created.getTime() + random.int(1, 10) * DAY_MS));
    const id = Number(
      insertCase.run({
        reference: `G-${year}-${String(number).padStart(4, "0")}`,
        team: team.key,
        status,
        ...text,
        ruleKey: normaliseRule(text.rule),
        urgency: random.pick(["low", "normal", "normal", "high", "deadline"]),
        isAnonymous: isAnonymous ? 1 : 0,
        submitter,
        owner: status === "submitted" ? null : lead,
        outcome: status === "decided" || status === "closed" ? random.pick(["within-rules", "reasoned-deviation", "rule-change-proposed", "rule-upheld"]) : null,
        reasons: status === "decided" || status === "closed" ? `In lijn met de bedoeling: ${text.bedoeling.toLowerCase()}.` : null,
        pausedUntil: status === "settling" ? new Date(anchor.getTime() + 30 * DAY_MS).toISOString().slice(0, 10) : null,
        closeReason: status === "closed" ? "Afgehandeld na besluit." : null,
        createdAt: created.toISOString(),
        lastMovedAt: (status === "submitted" ? created : movedAt).toISOString(),
        // Waiting cases were nudged long ago; a steady state has nothing left to nudge.
        nudgedAt: status === "decided" || status === "closed" ? null : anchor.toISOString(),
      }).lastInsertRowid,
    );
    insertEvent.run(id, created.toISOString(), submitter, null, "submitted");
    summary.events += 1;
    if (status !== "submitted") {
      insertEvent.run(id, movedAt.toISOString(), lead, "submitted", status);
      summary.events += 1;
    }
    insertPost.run(id, slackTriage(teamIndex), `${Math.floor(created.getTime() / 1000)}.${String(index % 1_000_000).padStart(6, "0")}`);
    summary.cases += 1;
  }
  const setCounter = db.prepare("INSERT INTO reference_counters (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last");
  for (const [year, last] of counters) setCounter.run(year, last);
}

function statusFor(ageDays: number, random: Random): string {
  if (ageDays > 60) return random.pick(["decided", "closed", "closed", "decided", "decided"]);
  if (ageDays > 14) return random.pick(["decided", "in_garage", "escalated", "in_progress", "closed", "settling"]);
  return random.pick(["submitted", "in_progress", "in_garage", "submitted", "decided"]);
}
