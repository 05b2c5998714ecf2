import type { UserRef } from "../../src/chat/vocabulary.ts";
import { findTeam } from "../../src/team/find-team.ts";
import { parseConfig } from "../../src/config/load-config.ts";
import { askDueLookbacks } from "../../src/proposals/lookbacks.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { GOOD_CASE, noticeText, pressButton, submitAnswer, submitCase, submitMove } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import { filledIn, formOf } from "../proposals/learning-bot.ts";

// A quarter of two teams (the first quarter of 2026) for the poster's tests: a shared story and one not
// shared, a decided case in each team on the same rule (a rode draad), a proposal that was accepted, and
// a look-back that was answered.

const person = (id: string): UserRef => ({ platform: "console", id });
export const cast = { anna: person("anna"), lisa: person("lisa"), omar: person("omar"), noor: person("noor"), bram: person("bram") };

export const STORY = "Een inwoner wilde vooral gehoord worden; toen we dat deden, viel de rest op zijn plek.";
export const NOT_SHARED = "Dit antwoord deel ik liever niet buiten het team.";
export const KCC_REASONS = "De norm gaat uit van gedeelde kosten; die zijn er hier niet. We stellen voor de regel aan te passen.";
export const HOSTILE_TITLE = `<script>alert("x")</script> & <img src=https://example.org/x.png>`;
export const ACCEPTED = "Past binnen de bedoeling van de Participatiewet; de werkinstructie wordt aangepast.";

export function posterConfig(extra: Record<string, unknown> = {}) {
  const reflection = (schedule: string) => ({ schedule, themes: ["klantfocus"], visibility: "team" });
  const parsed = parseConfig({
    timezone: "Europe/Amsterdam",
    cases: { lookbackWeeks: 1 },
    teams: [
      { key: "kcc", name: "Klantcontactcentrum", leads: ["console:lisa"], reflection: reflection("0 9 * * 1") },
      { key: "wmo", name: "Wmo-team", leads: ["console:noor"], reflection: reflection("0 10 * * 2") },
    ],
    addressees: [{ key: "beleid", name: "Beleid Werk en Inkomen", people: ["console:bram"] }],
    organisation: { name: "Gemeente Voorbeeld", digest: { schedule: "30 16 * * 5" } },
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.config;
}

async function decide(test: TestBot, lead: UserRef, caseId: number, reasons: string): Promise<void> {
  await pressButton(test.bot, lead, "case.take", caseId);
  const values = { outcome: "rule-change-proposed", decisionLevel: "team", "value-human-scale": "true", reasons };
  const reply = await submitMove(test.bot, lead, caseId, "decide", values);
  if (reply.kind !== "notice") throw new Error(`decision refused: ${JSON.stringify(reply)}`);
}

async function bringIn(test: TestBot, who: UserRef, values: Record<string, string>): Promise<number> {
  const reply = await submitCase(test.bot, who, { ...GOOD_CASE, ...values });
  if (!/G-2026-\d{4}/.test(noticeText(reply))) throw new Error(`case refused: ${JSON.stringify(reply)}`);
  return test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
}

/** Plays the quarter on the real core; the clock ends on 1 April 2026, the day after the quarter. */
export async function playQuarter(extra: Record<string, unknown> = {}): Promise<TestBot> {
  const test = createTestBot(posterConfig(extra));
  test.bot.connect(new RecordingPlatform());
  const { anna, lisa, omar, noor, bram } = cast;
  await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
  await submitAnswer(test.bot, anna, 1, { text: STORY, mayHighlight: "true" });
  await submitAnswer(test.bot, lisa, 1, { text: NOT_SHARED, mayHighlight: "false" });

  const kccCase = await bringIn(test, anna, {});
  await decide(test, lisa, kccCase, KCC_REASONS);
  const wmoCase = await bringIn(test, omar, { team: "wmo", title: HOSTILE_TITLE });
  await decide(test, noor, wmoCase, "Ook hier geen gedeelde kosten; we sluiten aan bij het voorstel.");

  const opened = await pressButton(test.bot, lisa, "proposal.new", kccCase);
  const form = formOf(opened);
  await test.bot.handle({ kind: "form-submit", user: lisa, place: {}, formId: form.id, context: form.context, values: filledIn(opened, { proposedText: "Studenten zonder inkomen tellen niet mee." }) });
  const proposalId = test.db.prepare("SELECT max(id) FROM proposals").pluck().get() as number;
  await pressButton(test.bot, bram, "proposal.take", proposalId);
  const accept = formOf(await pressButton(test.bot, bram, "proposal.accept", proposalId));
  await test.bot.handle({ kind: "form-submit", user: bram, place: {}, formId: accept.id, context: accept.context, values: { reasons: ACCEPTED } });

  test.clock.set("2026-03-30T08:00:30Z"); // a week after the decisions: the look-backs are asked
  await askDueLookbacks(test.bot.core);
  const lookback = test.db.prepare("SELECT id FROM lookbacks WHERE person = 'console:anna'").pluck().get() as number;
  const question = formOf(await pressButton(test.bot, anna, "lookback.open", lookback));
  await test.bot.handle({ kind: "form-submit", user: anna, place: {}, formId: question.id, context: question.context, values: { helped: "ja", ruleChanged: "deels", note: "" } });
  await test.bot.whenIdle();
  test.clock.set("2026-04-01T10:00:00Z");
  return test;
}
