import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportCommand } from "../../src/cli/export-command.ts";
import { enforceRetention } from "../../src/operations/enforce-retention.ts";
import { forgetUser } from "../../src/operations/forget-user.ts";
import { pressButton, submitMove } from "../support/core-actions.ts";
import { createLearningBot, filledIn, formOf, people, type LearningBot } from "../proposals/learning-bot.ts";

const { anna, lisa, bram } = people;

/** A kcc case decided and proposed (accepted by bram), another escalated, and a look-back answered by anna. */
async function loopOnce(extra: Record<string, unknown> = {}): Promise<LearningBot> {
  const test = createLearningBot(extra);
  const decided = await test.bringIn(anna);
  await test.decide(decided, lisa);
  const opened = await pressButton(test.bot, lisa, "proposal.new", decided);
  await test.bot.handle({ kind: "form-submit", user: lisa, place: {}, formId: "proposal.submit", context: formOf(opened).context, values: filledIn(opened, { proposedText: "Studenten tellen niet mee." }) });
  const accept = formOf(await pressButton(test.bot, bram, "proposal.accept", 1));
  await test.bot.handle({ kind: "form-submit", user: bram, place: {}, formId: accept.id, context: accept.context, values: { reasons: "Aangenomen per 1 mei." } });
  const escalated = await test.bringIn(anna, { title: "Tweede casus" });
  await pressButton(test.bot, lisa, "case.take", escalated);
  await submitMove(test.bot, lisa, escalated, "escalate", { escalatedTo: "beleid", question: "Mag dit tijdelijk?", interimMeasure: "We wachten niet.", dueOn: "2026-03-30" });
  test.clock.set("2026-05-04T08:00:30Z");
  await test.bot.scheduler.tick();
  await test.bot.whenIdle();
  const lookback = test.db.prepare("SELECT id FROM lookbacks WHERE person = 'console:anna'").pluck().get() as number;
  const form = formOf(await pressButton(test.bot, anna, "lookback.open", lookback));
  await test.bot.handle({ kind: "form-submit", user: anna, place: {}, formId: form.id, context: form.context, values: { helped: "ja", ruleChanged: "ja", note: "Het werkt." } });
  return test;
}

type Rows = Record<string, unknown>[];

function exportJson(test: LearningBot): { proposals: Rows; escalations: Rows; lookbacks: Rows } {
  const lines: string[] = [];
  const code = exportCommand(test.db, test.config, { team: "kcc", format: "json" }, test.clock.now(), { out: (text) => void lines.push(text), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(lines.join("\n")) as { proposals: Rows; escalations: Rows; lookbacks: Rows };
}

describe("the learning loop's records", () => {
  it("are exported with a team as proposals, escalations and lookbacks, each with its full history", async () => {
    const test = await loopOnce();
    const data = exportJson(test);
    expect(data.proposals).toEqual([
      expect.objectContaining({ reference: "V-2026-0001", status: "accepted", reasons: "Aangenomen per 1 mei.", cases: "G-2026-0001", createdBy: "console:lisa" }),
    ]);
    expect((data.proposals[0]!.history as { toStatus: string }[]).map((entry) => entry.toStatus)).toEqual(["sent", "accepted"]);
    expect(data.escalations).toEqual([expect.objectContaining({ reference: "G-2026-0002", addressee: "beleid", interimMeasure: "We wachten niet.", dueOn: "2026-03-30", status: "waiting" })]);
    expect((data.escalations[0]!.history as { kind: string }[]).map((entry) => entry.kind)).toEqual(["opened", "reminded"]);
    expect(data.lookbacks).toEqual(
      expect.arrayContaining([expect.objectContaining({ reference: "G-2026-0001", person: "console:anna", role: "submitter", helped: "ja", ruleChanged: "ja", note: "Het werkt." })]),
    );
  });

  it("no longer name an erased person, while what was decided and why stays", async () => {
    const test = await loopOnce();
    for (const who of [lisa, bram, anna]) {
      const report = await forgetUser({ db: test.db, platforms: new Map(), now: test.clock.now() }, who);
      expect(report.learningEntries).toBeGreaterThan(0);
    }
    const data = exportJson(test);
    expect(data.proposals[0]).toMatchObject({ createdBy: null, status: "accepted", reasons: "Aangenomen per 1 mei." });
    expect(data.proposals[0]!.history).toEqual(expect.arrayContaining([expect.objectContaining({ actor: null, isActorErased: 1, toStatus: "accepted" })]));
    expect(data.escalations[0]).toMatchObject({ createdBy: null, question: "Mag dit tijdelijk?" });
    expect(data.lookbacks.every((row) => row.person === null)).toBe(true);
    expect(data.lookbacks).toEqual(expect.arrayContaining([expect.objectContaining({ helped: "ja", note: "Het werkt." })]));
    test.db.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = readFileSync(test.db.name).toString("latin1");
    for (const id of ["console:lisa", "console:bram", "console:anna"]) expect(bytes).not.toContain(id);
  });

  it("go with retention: escalations and look-backs with their case, a decided proposal once its cases are gone", async () => {
    const test = await loopOnce({ retention: { closedCasesDays: 30, auditDays: 30 } });
    for (const id of [1, 2]) await submitMove(test.bot, lisa, id, "close", { closeReason: "Afgerond." });
    const count = (table: string) => test.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    enforceRetention(test.db, test.config, new Date("2026-05-20T00:00:00Z"));
    expect([count("proposals"), count("escalations"), count("lookbacks")]).toEqual([1, 1, 2]);
    const report = enforceRetention(test.db, test.config, new Date("2026-07-01T00:00:00Z"));
    expect([count("cases"), count("proposals"), count("escalations"), count("lookbacks"), count("proposal_events")]).toEqual([0, 0, 0, 0, 0]);
    expect(report.learningEntries).toBeGreaterThan(0);
  });
});
