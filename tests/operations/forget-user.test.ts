import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forgetUser } from "../../src/operations/forget-user.ts";
import { findTeam } from "../../src/team/find-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { listUnreachable } from "../../src/storage/conversations.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitAnswer, submitCase } from "../support/core-actions.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { databaseBytes, walSize } from "./database-bytes.ts";
import { SLACK_CHANNEL, slackAnna, slackLisa, startTwoPlatformTeam, TEAMS_CHANNEL, teamsAnna, type TwoPlatformTeam } from "./two-platform-team.ts";

let team: TwoPlatformTeam;
const forget = (user: typeof slackAnna, platforms = team.platforms) => forgetUser({ db: team.test.db, platforms, now: team.test.clock.now() }, user);

/** The thread replies under the prompt, as people see them on each platform. */
function threads(runId: number) {
  const post = (platform: string) => team.test.db.prepare("SELECT message_id FROM prompt_posts WHERE run_id = ? AND platform = ?").pluck().get(runId, platform) as string;
  return {
    slack: team.slack.repliesTo(SLACK_CHANNEL, post("slack")).map((message) => message.text),
    teams: team.connector.repliesTo(TEAMS_CHANNEL, post("msteams")).map((message) => JSON.stringify(message.activity)),
  };
}

describe("erasing a person (AVG)", () => {
  beforeEach(async () => {
    team = await startTwoPlatformTeam();
  });
  afterEach(async () => team.close());

  it("deletes the bot's posts of their answers on Slack and Teams, and leaves other people's answers", async () => {
    const run = await team.postPrompt();
    await team.answer(slackAnna, run, "Ik bel klanten voortaan terug binnen een dag.");
    await team.answer(slackLisa, run, "Wij vragen eerst wat de klant nodig heeft.");
    expect(threads(run).slack).toHaveLength(2);
    expect(threads(run).teams).toHaveLength(2);

    const report = await forget(slackAnna);
    expect(report.posts.deleted.map((ref) => ref.platform).sort()).toEqual(["msteams", "slack"]);
    expect(report.posts.remaining).toEqual([]);
    expect(team.slack.callsOf("chat.delete")).toHaveLength(1);
    expect(team.connector.callsTo("DELETE")).toMatchObject([{ status: 200 }]);
    const left = threads(run);
    expect(left.slack.join()).not.toMatch(/terug binnen een dag/);
    expect(left.teams.join()).not.toMatch(/terug binnen een dag/);
    expect(left.slack.join()).toMatch(/wat de klant nodig heeft/);
    expect(left.teams.join()).toMatch(/wat de klant nodig heeft/);
    expect(report).toMatchObject({ answers: 1, isFound: true, isWalCheckpointed: true });
  });

  it("lists the posts it could not delete, counts one someone removed already as gone, and erases the data all the same", async () => {
    const run = await team.postPrompt();
    await team.answer(slackAnna, run, "Eerste week.");
    const secondRun = await team.postPrompt();
    await team.answer(slackAnna, secondRun, "Tweede week.");
    const [first, second] = team.slack.messages.filter((message) => message.threadTs && /week/.test(message.text));
    team.slack.failNext("chat.delete", 1, { error: "cant_delete_message" });
    team.slack.messages.splice(team.slack.messages.indexOf(second!), 1);

    const onlySlack = new Map([...team.platforms].filter(([platform]) => platform === "slack"));
    const report = await forget(slackAnna, onlySlack);
    expect(report.posts.remaining).toEqual([
      { ref: expect.objectContaining({ platform: "msteams", conversationId: TEAMS_CHANNEL }), reason: "not-connected" },
      { ref: expect.objectContaining({ platform: "slack", messageId: first!.ts }), reason: "failed", failure: expect.stringMatching(/slack_api_error.*cant_delete_message/) },
      { ref: expect.objectContaining({ platform: "msteams", conversationId: TEAMS_CHANNEL }), reason: "not-connected" },
    ]);
    expect(report.posts.deleted).toMatchObject([{ platform: "slack", messageId: second!.ts }]);
    expect(report.answers).toBe(2);
    expect(team.test.db.prepare("SELECT count(*) FROM answers").pluck().get()).toBe(0);
  });

  it("takes a Teams post someone already removed as gone, and keeps posting to that channel", async () => {
    const run = await team.postPrompt();
    await team.answer(slackAnna, run, "Ik bel klanten voortaan terug binnen een dag.");
    const [reply] = team.connector.repliesTo(TEAMS_CHANNEL, team.connector.messagesIn(TEAMS_CHANNEL)[0]!.id);
    team.connector.messages.delete(reply!.id);

    const report = await forget(slackAnna);
    expect(report.posts.remaining).toEqual([]);
    expect(team.connector.callsTo("DELETE")).toMatchObject([{ status: 404 }]);
    expect(listUnreachable(team.test.db)).toEqual([]);
    await expect(team.postPrompt()).resolves.toBeGreaterThan(run);
    expect(team.connector.messagesIn(TEAMS_CHANNEL)).toHaveLength(2);
  });

  it("leaves neither the person's id nor their words in the database file or its WAL", async () => {
    await team.installPersonally("anna");
    const run = await team.postPrompt();
    await team.answer(teamsAnna, run, "Mijn Kwartiermakersoverleg hielp de klant niet.");
    await submitCase(team.test.bot, teamsAnna, GOOD_CASE);
    await pressButton(team.test.bot, slackLisa, "case.take", 1);
    // A dedupe key as versions before keyed hashes stored it: with the person's ids in plain text.
    team.test.db.prepare("INSERT INTO deliveries (platform, key, received_at) VALUES ('msteams', 'a:personal:29:anna|f:123', '2026-03-01T10:00:00.000Z')").run();
    expect(databaseBytes(team.test.db.name)).toContain("29:anna");

    team.test.clock.advanceMinutes(60);
    const report = await forget(teamsAnna);
    expect(report).toMatchObject({ answers: 1, casesDeidentified: 1, auditEntries: 1, conversations: 1, isFound: true });
    expect(report.deliveries).toBeGreaterThanOrEqual(1);
    const bytes = databaseBytes(team.test.db.name);
    expect(bytes).not.toContain("29:anna");
    expect(bytes).not.toContain("kwartiermakersoverleg");
    expect(walSize(team.test.db.name)).toBe(0);
    expect(team.test.db.prepare("SELECT count(*) FROM cases WHERE submitter IS NULL").pluck().get()).toBe(1);
  });

  it("says plainly when nothing about the person is stored", async () => {
    const run = await team.postPrompt();
    await team.answer(slackLisa, run, "Wij vragen eerst wat de klant nodig heeft.");
    const report = await forget({ platform: "slack", id: "U0NIEMAND" });
    expect(report).toMatchObject({ isFound: false, answers: 0, conversations: 0, posts: { deleted: [], remaining: [] } });
    expect(team.test.db.prepare("SELECT count(*) FROM answers").pluck().get()).toBe(1);
  });
});

describe("erasing a person who used the console", () => {
  it("removes their answers, their thread replies and identity, keeps the cases de-identified, and leaves tombstones in the audit", async () => {
    const test = createTestBot(testConfig({ console: { channel: "#kcc" } }, ["console:lisa"]));
    const platform = new RecordingPlatform();
    test.bot.connect(platform);
    await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    await submitAnswer(test.bot, anna, 1, { text: "Mijn reflectie over klantfocus." });
    await submitCase(test.bot, anna, GOOD_CASE);
    await pressButton(test.bot, lisa, "case.take", 1);
    const reply = platform.posts.find((post) => post.ref.threadId)!;

    const report = await forgetUser({ db: test.db, platforms: test.bot.core.platforms, now: test.clock.now() }, anna);
    expect(report).toMatchObject({ answers: 1, casesDeidentified: 1, auditEntries: 1, isFound: true });
    expect(platform.deleted).toEqual([reply.ref]);
    expect(platform.posts.map((post) => allText(post.message)).join()).not.toMatch(/Mijn reflectie/);
    const first = test.db.prepare("SELECT actor, is_actor_erased, to_status FROM case_events ORDER BY id LIMIT 1").get();
    expect(first).toEqual({ actor: null, is_actor_erased: 1, to_status: "submitted" });
    expect(databaseBytes(test.db.name)).not.toContain("console:anna");
  });
});
