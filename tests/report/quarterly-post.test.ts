import { lstatSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import { postQuarterlyReport } from "../../src/report/post-report.ts";
import { cardOf } from "../adapters/teams/read-card.ts";
import { teamInstall } from "../adapters/teams/teams-activities.ts";
import { CHANNELS, startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/slack-harness.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import { posterConfig } from "./poster-organisation.ts";

const ORGANISATION = { name: "Gemeente Voorbeeld", digest: { schedule: "30 16 * * 5" } };
const HEADING = "Kwartaalposter · Gemeente Voorbeeld · 1 januari 2026 – 31 maart 2026";
const APRIL_FIRST = "2026-04-01T07:00:00Z"; // Wednesday 09:00 in Amsterdam

describe("the quarterly poster in the organisation channel", () => {
  let test: TestBot | undefined;
  let slack: SlackHarness | undefined;
  let teams: TeamsHarness | undefined;
  afterEach(async () => {
    await slack?.close();
    await teams?.close();
    test?.db.close();
    slack = teams = test = undefined;
  });

  it("is uploaded to Slack once per quarter as an HTML file with a short summary, only the newest missed slot", async () => {
    // Two slots in a row (09:00 and 09:30) stand in for a quarter that was missed while the bot was down.
    const report = { schedule: "0,30 9 1 4 *" };
    test = createTestBot(posterConfig({ organisation: { ...ORGANISATION, slack: { channel: "C0MT" }, report } }));
    slack = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(slack.adapter.platform);
    test.clock.set("2026-04-01T07:31:00Z");
    const reports = await test.bot.scheduler.tick();
    expect(reports.filter((item) => item.job === "report:organisation")).toEqual([
      { job: "report:organisation", slot: "2026-04-01T09:00", result: "missed" },
      { job: "report:organisation", slot: "2026-04-01T09:30", result: "ran", note: undefined },
    ]);

    const [post, ...others] = slack.fake.messagesIn("C0MT");
    expect(others).toEqual([]);
    expect(post!.text).toContain(HEADING);
    expect(JSON.stringify(post!.blocks)).toMatch(/0 casussen besloten met onderbouwing · 0 rode draden · 0 voorstellen buiten het team, waarvan 0 beantwoord/);
    expect(slack.fake.callsOf("files.getUploadURLExternal").map((call) => call.body.filename)).toEqual(["kwartaalposter-2026-k1.html"]);
    const [upload] = slack.fake.callsOf("upload");
    expect((upload!.body.bytes as Buffer).toString("utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*@page { size: A3[\s\S]*<svg role="img"/);
    expect(slack.fake.filesIn("C0MT", post!.ts).map((file) => file.title)).toEqual([HEADING]);

    test.clock.set("2026-04-01T07:45:00Z");
    await test.bot.scheduler.tick();
    await postQuarterlyReport(test.bot.core, { key: "2026-04-01T09:30", at: new Date("2026-04-01T07:30:00Z") });
    expect(slack.fake.messagesIn("C0MT")).toHaveLength(1);
    expect(slack.fake.callsOf("files.completeUploadExternal")).toHaveLength(1);
  });

  it("is written by the console as a file next to its database, readable by its owner only, and its path is printed", async () => {
    test = createTestBot(posterConfig({ organisation: ORGANISATION }), { start: APRIL_FIRST });
    const folder = join(mkdtempSync(join(tmpdir(), "bedoeling-poster-")), "data");
    let output = "";
    test.bot.connect(new ConsolePlatform((text) => (output += text), ["anna"], folder));
    await postQuarterlyReport(test.bot.core);

    expect(output).toContain(`[#mt] m1\n== ${HEADING} ==`);
    const path = /\[bestand: [^\]]+\] opgeslagen in (\S+\.html)/.exec(output)?.[1];
    expect(path?.startsWith(join(folder, "kwartaalposter-2026-k1-"))).toBe(true);
    expect(lstatSync(path!).mode & 0o777).toBe(0o600);
    expect(readFileSync(path!, "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*Gemeente Voorbeeld/);
  });

  it("shows Teams the summary in a card, with where operators get the page, since a bot cannot put a file in a channel", async () => {
    teams = await startTeamsHarness({ config: { organisation: { ...ORGANISATION, msteams: { channel: CHANNELS.team } } } });
    for (const activity of teamInstall("lisa")) await teams.send(activity);
    teams.test.clock.set(APRIL_FIRST);
    await postQuarterlyReport(teams.test.bot.core);

    const posted = teams.connector.messagesIn(CHANNELS.team).find((message) => JSON.stringify(message.activity).includes("Kwartaalposter"));
    const card = JSON.stringify(cardOf(posted!.activity));
    expect(card).toContain(HEADING);
    expect(card).toMatch(/0 casussen besloten met onderbouwing/);
    expect(card).toContain("npm run cli -- report --organisation --from 2026-01-01 --to 2026-03-31 --out kwartaalposter-2026-k1.html");
  });
});
