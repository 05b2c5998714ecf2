import { describe, expect, it } from "vitest";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { participationChart } from "../../src/charts/participation-chart.ts";
import { weeksEndingAt } from "../../src/charts/chart-weeks.ts";
import { postDigest } from "../../src/digest/post-digest.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, lisa, noticeText, submitAnswer } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

function start(at = "2026-06-29T08:00:00Z") {
  const test = createTestBot(testConfig({}, ["console:lisa"], { operators: ["console:beheer"] }), { start: at });
  const chat = new RecordingPlatform("console");
  test.bot.connect(chat);
  const command = async (user: UserRef, text: string, conversationId = "#kcc") => {
    const reply = await test.bot.handle({ kind: "command", user, place: { conversationId }, name: "casus", text });
    await test.bot.whenIdle();
    return noticeText(reply);
  };
  return { ...test, chat, command };
}

describe("a team's pause (zomerstop)", () => {
  it("checks the dates, works from a direct message for the one team a lead leads, and can be stopped early", async () => {
    const test = start();
    expect(await test.command(lisa, "pauze 2026-06-01 2026-07-10")).toMatch(/begint vandaag of later/);
    expect(await test.command(lisa, "pauze 2026-08-21 2026-07-13")).toMatch(/vóór de eerste/);
    expect(await test.command(lisa, "pauze 2026-07-13 2027-07-13")).toMatch(/hooguit 120 dagen/);
    expect(await test.command(lisa, "pauze 2026-07-13 31-02-2026")).toMatch(/„31-02-2026” is geen datum/);
    expect(await test.command(lisa, "pauze 13-07-2026 tot 21-08-2026", "dm-lisa")).toMatch(/Gepauzeerd: Klantcontactcentrum krijgt van 13 juli 2026 tot en met 21 augustus 2026/);
    expect(await test.command(anna, "pauze")).toMatch(/gepauzeerd van 13 juli 2026 tot en met 21 augustus 2026/);
    expect(await test.command({ platform: "console", id: "beheer" }, "pause stop", "dm")).toMatch(/Which team/);
    test.clock.set("2026-07-20T08:00:00Z");
    expect(await test.command(lisa, "hervat")).toMatch(/pauze van Klantcontactcentrum is voorbij/);
    expect(test.chat.textOf("#kcc").join("\n")).toMatch(/⏸ lisa heeft[\s\S]*▶ lisa heeft de pauze van Klantcontactcentrum beëindigd/);
    expect(test.db.prepare("SELECT starts_on || ' ' || ends_on FROM team_pauses").pluck().all()).toEqual(["2026-07-13 2026-07-19"]);
    expect(await test.command(lisa, "pause resume")).toMatch(/Klantcontactcentrum is not paused/);
    test.db.close();
  });

  it("shows paused weeks as pauze in the digest's text and chart, not as zero", async () => {
    const test = start();
    const kcc = test.config.teams[0]!;
    await postPrompt(test.bot.core, kcc, { key: "2026-06-29T09:00", at: test.clock.now() });
    await submitAnswer(test.bot, anna, 1, { text: "Gebeld in plaats van gemaild.", mayHighlight: "false" });
    await test.command(lisa, "pauze 2026-07-06 2026-07-26");
    await test.command(lisa, "bedoeling Iedereen die belt, weet na één gesprek waar hij aan toe is.");
    test.clock.set("2026-07-13T07:00:30Z");
    expect(await postPrompt(test.bot.core, kcc, { key: "2026-07-13T09:00", at: test.clock.now() })).toEqual({ status: "skipped", note: "paused" });
    test.clock.set("2026-07-24T14:00:30Z"); // Friday 16:00, in the pause
    await postDigest(test.bot.core, kcc, { key: "2026-07-24T16:00", at: test.clock.now() });
    const digest = allText(test.chat.posts.at(-1)!.message);
    expect(digest).toMatch(/^Weekoverzicht[^\n]*\nOnze bedoeling: Iedereen die belt/);
    expect(digest).toMatch(/Pauze \(zomerstop\) van ma 6 jul tot en met zo 26 jul: geen vragen/);
    expect(digest).toMatch(/Deelname afgelopen 8 weken: ▁▁▁▁█··· .*\(· = pauze\)/);
    expect(digest).toMatch(/Per week: .*26 jun 10%, 3 jul pauze, 10 jul pauze, 17 jul pauze\./);
    expect(digest).toMatch(/Deze week pauze; het hoogst was 10% in de week van 26 jun\. 3 weken waren pauze/);
    test.db.close();
  });

  it("draws a paused week as a hatched bar labelled pauze and leaves it out of the highest week", () => {
    const weeks = weeksEndingAt(new Date("2026-08-28T14:00:00Z"), 3, "Europe/Amsterdam", "en");
    const chart = participationChart({ weeks, people: [2, 0, 1], paused: [false, true, false] }, "en");
    expect(chart.alt).toMatch(/This week 1; the highest was 2 .* One week was paused .* Per week: 7 Aug 2, 14 Aug paused, 21 Aug 1\./);
    const series = (chart.option as { series: { data: (number | null)[]; itemStyle: { decal?: unknown } }[] }).series;
    expect(series.map((bars) => bars.data)).toEqual([[2, null, 1], [null, 2, null]]);
    expect(series[1]!.itemStyle.decal).toBeDefined();
  });
});
