import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import { findTeam } from "../../src/team/find-team.ts";
import { postDigest } from "../../src/digest/post-digest.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { cardOf } from "../adapters/teams/read-card.ts";
import { teamInstall } from "../adapters/teams/teams-activities.ts";
import { CHANNELS, startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/slack-harness.ts";
import { anna, submitAnswer } from "../support/core-actions.ts";
import { createTestBot, testConfig, type TestBot } from "../support/test-bot.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FRIDAY = "2026-03-27T15:05:00Z";

describe("the digest's charts on each platform", () => {
  let test: TestBot | undefined;
  let slack: SlackHarness | undefined;
  let teams: TeamsHarness | undefined;
  afterEach(async () => {
    await slack?.close();
    await teams?.close();
    test?.db.close();
    slack = teams = test = undefined;
  });

  it("writes each chart as a PNG under the data folder in the console and prints its path and what it shows", async () => {
    test = createTestBot(testConfig({}, []));
    const folder = join(mkdtempSync(join(tmpdir(), "bedoeling-charts-")), "data");
    let output = "";
    test.bot.connect(new ConsolePlatform((text) => (output += text), ["anna", "lisa", "bram", "sara"], folder));
    const kcc = findTeam(test.bot.core, "kcc")!;
    await postPrompt(test.bot.core, kcc);
    await submitAnswer(test.bot, anna, 1, { text: "Een antwoord." });
    test.clock.set(FRIDAY);
    await postDigest(test.bot.core, kcc);

    const paths = [...output.matchAll(/\[grafiek: ([^\]]+)\] opgeslagen in (\S+\.png)/g)].map((match) => ({ title: match[1], path: match[2]! }));
    expect(paths.map((shown) => shown.title)).toEqual(["Deelname per week", "Casussen per week"]);
    for (const { path } of paths) {
      expect(path.startsWith(folder)).toBe(true);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    }
    expect(output).toMatch(/Staafdiagram van de deelname .* als deel van de 4 kanaalleden\. Deze week 25%/);
    expect(output).toMatch(/Lijndiagram van de casussen in de afgelopen 12 weken/);
  });

  it("uploads the charts into the digest's thread on Slack, with their text alternatives", async () => {
    test = createTestBot(testConfig({ slack: { channel: "C0KCC" } }, []));
    slack = await startSlackHarness(test.bot, { db: test.db });
    test.bot.connect(slack.adapter.platform);
    test.clock.set(FRIDAY);
    await postDigest(test.bot.core, findTeam(test.bot.core, "kcc")!);

    const [digest] = slack.fake.messagesIn("C0KCC");
    expect(digest!.text).toMatch(/Weekoverzicht · Klantcontactcentrum/);
    const asked = slack.fake.callsOf("files.getUploadURLExternal");
    expect(asked.map((call) => call.body.filename)).toEqual(["deelname-per-week.png", "casussen-per-week.png"]);
    const uploads = slack.fake.callsOf("upload");
    expect(uploads).toHaveLength(2);
    for (const [index, upload] of uploads.entries()) {
      const bytes = upload.body.bytes as Buffer;
      expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(bytes.length).toBe(Number(asked[index]!.body.length));
    }
    const [complete] = slack.fake.callsOf("files.completeUploadExternal");
    expect(complete!.body).toMatchObject({ channel_id: "C0KCC", thread_ts: digest!.ts });
    const shared = slack.fake.filesIn("C0KCC", digest!.ts);
    expect(shared.map((file) => file.title)).toEqual(["Deelname per week", "Casussen per week"]);
    expect(shared[0]!.altText).toMatch(/^Staafdiagram van de deelname aan de reflectievragen in de afgelopen 12 weken, als deel van de 3 kanaalleden/);
    expect(shared[1]!.altText).toMatch(/^Lijndiagram van de casussen/);
  });

  it("shows the charts in the digest's card on Teams, each with its text alternative", async () => {
    teams = await startTeamsHarness();
    for (const activity of teamInstall("lisa")) await teams.send(activity);
    teams.test.clock.set(FRIDAY);
    await postDigest(teams.test.bot.core, findTeam(teams.test.bot.core, "kcc")!);

    const digest = teams.connector.messagesIn(CHANNELS.team).find((message) => JSON.stringify(message.activity).includes("Weekoverzicht"));
    const body = (cardOf(digest!.activity)!.body as Record<string, unknown>[]).filter((element) => element.type === "Image");
    expect(body.map((image) => String(image.altText).split(" ")[0])).toEqual(["Staafdiagram", "Lijndiagram"]);
    for (const image of body) {
      const url = String(image.url);
      expect(url.startsWith("data:image/png;base64,")).toBe(true);
      expect(Buffer.from(url.slice("data:image/png;base64,".length), "base64").subarray(0, 8)).toEqual(PNG_SIGNATURE);
    }
  });
});
