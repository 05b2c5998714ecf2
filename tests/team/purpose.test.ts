import { describe, expect, it } from "vitest";
import type { Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { erasureReportLines } from "../../src/cli/erasure-texts.ts";
import { enforceRetention } from "../../src/operations/enforce-retention.ts";
import { exportTeam } from "../../src/operations/export-team.ts";
import { forgetUser } from "../../src/operations/forget-user.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { askPurposeCheck } from "../../src/team/purpose-check.ts";
import { anna, bram, lisa, noticeText } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

const PASTED_BSN = "Mevrouw met BSN 111\u00a0222\u00a0333 helpen we eerst.";

function start() {
  const test = createTestBot(testConfig({}, ["console:lisa"]), { start: "2026-06-29T08:00:00Z" });
  const chat = new RecordingPlatform("console");
  test.bot.connect(chat);
  const act = async (reply: Promise<Reply>) => {
    const result = await reply;
    await test.bot.whenIdle();
    return result;
  };
  const command = async (user: UserRef, text: string) => act(test.bot.handle({ kind: "command", user, place: { conversationId: "#kcc" }, name: "casus", text }));
  const submit = (user: UserRef, text: string) =>
    act(test.bot.handle({ kind: "form-submit", user, place: {}, formId: "purpose.submit", context: JSON.stringify({ team: "kcc" }), values: { text } }));
  const press = (user: UserRef, action: string, value: string) => act(test.bot.handle({ kind: "button", user, place: {}, action, value }));
  const ask = (at: string) => {
    test.clock.set(at);
    return askPurposeCheck(test.bot.core, test.config.teams[0]!, { key: at, at: new Date(at) });
  };
  return { ...test, chat, command, submit, press, ask };
}

describe("the team's own bedoeling", () => {
  it("is refused with a citizen's BSN, also pasted with non-breaking spaces, in the command and in the form", async () => {
    const test = start();
    expect(noticeText(await test.command(lisa, `bedoeling ${PASTED_BSN}`))).toMatch(/Haal het BSN weg/);
    expect((await test.command(lisa, "bedoeling")).kind).toBe("open-form");
    expect(await test.submit(lisa, PASTED_BSN)).toMatchObject({ kind: "form-errors", errors: { text: expect.stringMatching(/BSN/) } });
    expect(test.db.prepare("SELECT count(*) FROM team_purposes").pluck().get()).toBe(0);
    expect(test.chat.posts).toHaveLength(0);
    expect(noticeText(await test.submit(anna, "Wij helpen inwoners."))).toMatch(/Alleen de teamleiders/);
    expect(noticeText(await test.command(lisa, "purpose We help residents find their way in one conversation."))).toMatch(/^The bedoeling \(purpose\) of Klantcontactcentrum is now/);
    expect(noticeText(await test.command(anna, "bedoeling"))).toMatch(/De bedoeling van Klantcontactcentrum: “We help residents/);
    test.db.close();
  });

  it("is asked about once a quarter, on a working day out of a pause, and a change answers the question", async () => {
    const test = start();
    await test.command(lisa, "bedoeling Inwoners weten na één gesprek waar ze aan toe zijn.");
    expect(await test.ask("2026-06-30T08:00:00Z")).toEqual({ status: "done", note: "2026-Q2 asked before" });
    await test.command(lisa, "pauze 2026-07-01 2026-07-02");
    expect(await test.ask("2026-07-01T08:00:00Z")).toEqual({ status: "skipped", note: "paused" });
    expect(await test.ask("2026-07-03T08:00:00Z")).toEqual({ status: "done", note: "asked for 2026-Q3" });
    expect(await test.ask("2026-07-06T08:00:00Z")).toEqual({ status: "done", note: "2026-Q3 asked before" });
    const questions = () => test.chat.posts.filter((post) => /Klopt onze bedoeling nog/.test(post.message.text));
    expect(questions()).toHaveLength(1);
    expect(allText(questions()[0]!.message)).toMatch(/Inwoners weten na één gesprek[\s\S]*Klopt nog Aanpassen/);

    expect((await test.press(lisa, "purpose.change", "kcc|2026-Q3")).kind).toBe("open-form");
    await test.submit(lisa, "Inwoners weten na één gesprek waar ze aan toe zijn, ook als het nee is.");
    const answered = allText(questions()[0]!.message);
    expect(answered).toMatch(/ook als het nee is[\s\S]*lisa paste de bedoeling aan op ma 6 jul/);
    expect(answered).not.toMatch(/Klopt nog Aanpassen/);
    expect(noticeText(await test.press(lisa, "purpose.keep", "kcc|2026-Q3"))).toMatch(/al beantwoord/);
    test.db.close();
  });
});

describe("skips, reminders, pauses and the bedoeling in erasure, export and retention", () => {
  it("exports counts only, erases the person's own rows, and ages skips out", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    await postPrompt(test.bot.core, test.config.teams[0]!);
    const act = async (kind: "button" | "command", user: typeof anna, what: string, value = "1") => {
      const place = { conversationId: "#kcc" };
      await test.bot.handle(kind === "button" ? { kind, user, place, action: what, value } : { kind, user, place, name: "casus", text: what });
    };
    await act("button", anna, "prompt.later");
    await act("button", bram, "prompt.skip");
    await act("command", lisa, "pauze 2026-07-13 2026-08-21");
    await act("command", lisa, "bedoeling Inwoners weten na één gesprek waar ze aan toe zijn.");

    const exported = exportTeam(test.db, "kcc", test.clock.now());
    expect(exported.prompts).toMatchObject([{ skipped: 1, remindedLater: 1 }]);
    expect(JSON.stringify(exported.prompts)).not.toMatch(/anna|bram/);
    expect(exported.pauses).toMatchObject([{ startsOn: "2026-07-13", endsOn: "2026-08-21", pausedBy: "console:lisa" }]);
    expect(exported.purpose).toMatchObject({ text: "Inwoners weten na één gesprek waar ze aan toe zijn.", setBy: "console:lisa" });

    const inzage = await test.bot.handle({ kind: "command", user: bram, place: {}, name: "casus", text: "inzage" });
    expect(noticeText(inzage) + JSON.stringify(inzage)).toMatch(/1 overgeslagen vraag en 0 gevraagde herinneringen/);

    const now = test.clock.now();
    expect(await forgetUser({ db: test.db, platforms: test.bot.core.platforms, now }, anna)).toMatchObject({ promptDeferrals: 1, isFound: true });
    const lisaErased = await forgetUser({ db: test.db, platforms: test.bot.core.platforms, now }, lisa);
    expect(lisaErased).toMatchObject({ teamEntries: 2, isFound: true });
    expect(erasureReportLines("console:lisa", lisaErased, false)).toContain("- 2 pauzes en teambedoelingen ontdaan van deze persoon (ze blijven voor het team)");
    expect(test.db.prepare("SELECT user_key FROM prompt_deferrals").pluck().all()).toEqual(["console:bram"]);
    expect(test.db.prepare("SELECT paused_by FROM team_pauses UNION ALL SELECT set_by FROM team_purposes").pluck().all()).toEqual([null, null]);

    expect(enforceRetention(test.db, test.config, new Date("2026-05-01T00:00:00Z")).teamEntries).toBe(0);
    expect(enforceRetention(test.db, test.config, new Date("2026-07-01T00:00:00Z")).teamEntries).toBe(1);
    expect(test.db.prepare("SELECT count(*) FROM prompt_deferrals").pluck().get()).toBe(0);
    test.db.close();
  });
});
