import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetUserCommand } from "../../src/cli/forget-user-command.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { databaseBytes } from "../operations/database-bytes.ts";
import { SLACK_CHANNEL, slackAnna, slackLisa, startTwoPlatformTeam, type TwoPlatformTeam } from "../operations/two-platform-team.ts";
import { ensureBuilt, runBuiltCli } from "../support/built-cli.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

/** Team kcc on Slack and Teams, where Anna and Lisa answered a prompt: their answers show in both threads. */
async function answeredTeam(): Promise<{ team: TwoPlatformTeam; database: string }> {
  const database = tempDatabasePath();
  // A month back, so that its dedupe keys count as old for a CLI that runs on the real clock.
  const team = await startTwoPlatformTeam({ databasePath: database, start: new Date(Date.now() - 30 * 86_400_000).toISOString() });
  const run = await team.postPrompt();
  await team.answer(slackAnna, run, "Ik bel klanten voortaan terug binnen een dag.");
  await team.answer(slackLisa, run, "Wij vragen eerst wat de klant nodig heeft.");
  return { team, database };
}

let team: TwoPlatformTeam;

/** The CLI in-process, with the platforms of the running test team. */
async function forget(who: string | undefined) {
  const lines = { out: [] as string[], err: [] as string[] };
  let opened = 0;
  const code = await forgetUserCommand({
    db: team.test.db,
    who,
    now: new Date(),
    openPlatforms: async () => (opened++, { platforms: team.platforms, close: async () => undefined }),
    output: { out: (text) => void lines.out.push(text), err: (text) => void lines.err.push(text) },
  });
  return { code, out: lines.out.join("\n"), err: lines.err.join("\n"), opened };
}

const answerCount = () => team.test.db.prepare("SELECT count(*) FROM answers").pluck().get();

// These erase nothing (each checks that both answers remain), so they share one team.
describe("npm run cli -- forget-user, for an id it refuses or does not know", () => {
  beforeAll(async () => {
    ({ team } = await answeredTeam());
  });
  afterAll(async () => team.close());

  it.each([
    [undefined, /Geef de persoon als PLATFORM:ID/],
    ["U0ANNA", /Geef de persoon als PLATFORM:ID/],
    ["slack:", /Geef de persoon als PLATFORM:ID/],
    ["teams:29:anna", /Onbekend platform in "teams:29:anna": kies slack, msteams of console, bijvoorbeeld slack:U0123ABC\. Er is niets gewist\./],
    ["slack:anna", /"slack:anna" is geen geldige persoon: een Slack-gebruikers-id begint met U of W/],
    ["slack:C0KCC", /is geen geldige persoon: een Slack-gebruikers-id/],
    ["msteams:anna", /"msteams:anna" is geen geldige persoon: gebruik het Teams-id dat met 29: begint/],
    ["console:anna bakker", /is geen geldige persoon: een consolenaam is één woord/],
  ])("refuses %s with a Dutch explanation and exit code 2, and erases nothing", async (who, message) => {
    const result = await forget(who);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe("");
    expect(result.opened).toBe(0);
    expect(answerCount()).toBe(2);
  });

  it("accepts Teams ids and AAD object ids, and says plainly when nobody by that id is stored", async () => {
    const result = await forget("msteams:0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Niets gevonden voor msteams:0f8fad5b-d9cb-469f-a165-70867728950e: .* Er is niets over deze persoon gewist; controleer het id\./);
    expect(result.out).toMatch(/onder hun 29:…-id, niet onder hun AAD-object-id/);
    expect(result.out).not.toMatch(/Gewist voor/);
    expect(answerCount()).toBe(2);
  });
});

// Each erases in a process of its own, on a team of its own, so the two run side by side.
describe.concurrent("npm run cli -- forget-user, erasing", () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it("deletes the person's posts on Slack and Teams from its own process, then their data, and says what it did", async ({ expect, onTestFinished }) => {
    const { team, database } = await answeredTeam();
    onTestFinished(() => team.close());
    team.test.db.close();
    const env = { SLACK_BOT_TOKEN: team.slack.token, SLACK_SIGNING_SECRET: "geheim", SLACK_API_URL: team.slack.url, TEAMS_ENABLED: "true" };
    const result = await runBuiltCli(database, ["forget-user", "slack:U0ANNA"], env);

    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out.split("\n")).toEqual([
      "Gewist voor slack:U0ANNA:",
      "- 1 antwoord op reflectievragen",
      "- 0 logboekregels",
      "- 0 casussen ontdaan van deze persoon (de casussen zelf blijven)",
      "- 0 auditregels geanonimiseerd (tombstone: wat er gebeurde blijft, niet wie)",
      "- 0 opgeslagen gespreksverwijzingen",
      "- 2 berichten van de bot met deze antwoorden verwijderd (of al weg): Teams 1, Slack 1",
      expect.stringMatching(/^- \d+ ontvangstsleutels? \(tegen dubbele verwerking, van iedereen\) ouder dan 10 minuten gewist$/),
      "- WAL-bestand leeggemaakt: de gewiste gegevens staan niet meer in de databasebestanden.",
      "",
    ]);
    expect(team.slack.messages.map((message) => message.text).join()).not.toMatch(/terug binnen een dag/);
    expect(team.slack.messages.map((message) => message.text).join()).toMatch(/wat de klant nodig heeft/);
    expect(team.connector.callsTo("DELETE")).toMatchObject([{ status: 200 }]);
    expect(databaseBytes(database)).not.toContain("u0anna");
  });

  it("lists the posts it could not reach, with where they are, and exits 1", async ({ expect, onTestFinished }) => {
    const { team, database } = await answeredTeam();
    onTestFinished(() => team.close());
    team.test.db.close();
    const env = { SLACK_BOT_TOKEN: team.slack.token, SLACK_SIGNING_SECRET: "geheim", SLACK_API_URL: team.slack.url };
    const result = await runBuiltCli(database, ["forget-user", "slack:U0ANNA"], env);

    expect(result.code).toBe(1);
    expect(result.out).toMatch(/- 1 bericht van de bot met deze antwoorden verwijderd \(of al weg\): Slack 1\n/);
    expect(result.out).toMatch(/- 1 bericht van de bot NIET verwijderd; de gegevens zelf zijn wel gewist\. Verwijder het met de hand:\n/);
    expect(result.out).toMatch(/ {2}- Teams, gesprek 19:kcc@thread\.tacv2, draad \d+, bericht \d+ \(Teams is niet ingesteld in dit proces\)\n/);
    expect(team.slack.repliesTo(SLACK_CHANNEL, team.slack.messagesIn(SLACK_CHANNEL)[0]!.ts)).toHaveLength(1);
    const db = openDatabase(database);
    expect(db.prepare("SELECT author FROM answers").pluck().all()).toEqual(["slack:U0LISA"]);
    db.close();
  });
});
