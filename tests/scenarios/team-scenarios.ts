import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduling/scheduler.ts";
import { listSlots } from "../../src/scheduling/slot-store.ts";
import type { ScenarioDriver, SeenMessage } from "./scenario-driver.ts";

// Skip, later, the zomerstop and the team's own bedoeling, on every adapter (issue 18, items 4 and 5).

/**
 * The real Scheduler and the bot's own jobs, but only those named: moving the clock by weeks then costs
 * a few ledger rows instead of every housekeeping slot in between.
 */
function ticker(driver: ScenarioDriver, keys: string[]) {
  const { db, logger } = driver.bot.core;
  const scheduler = new Scheduler({ db, clock: driver.clock, logger, graceMinutes: 120 });
  for (const job of driver.bot.scheduler.listJobs()) if (keys.includes(job.key)) scheduler.add(job);
  return async (at: string) => {
    driver.clock.set(at);
    await scheduler.tick();
    await driver.bot.whenIdle();
  };
}

const BEDOELING = "Inwoners snel en menselijk helpen, ook als de regel knelt.";

export function describeTeamScenarios(name: string, makeDriver: () => Promise<ScenarioDriver>): void {
  describe(`skip, later, pause and the team's bedoeling on ${name}`, () => {
    let driver: ScenarioDriver;
    beforeEach(async () => {
      driver = await makeDriver();
    });
    afterEach(async () => {
      await driver.close();
    });

    const prompts = () => driver.messagesIn(driver.channels.team).filter((message) => /Even stilstaan/.test(message.text));
    const press = async (person: "anna" | "lisa" | "bram", message: SeenMessage, action: string) => (await driver.press(person, message, action)).notice ?? "";

    it("records a skip, and sends one private reminder the next working morning to whoever asked for it", async () => {
      const tick = ticker(driver, ["reflection:kcc", "reflection:reminders"]);
      await tick("2026-03-23T08:00:30Z"); // Monday 09:00 in Amsterdam
      const [prompt] = prompts();
      expect(prompt!.buttons.map((button) => button.label)).toEqual(["Antwoorden", "Overslaan", "Herinner me later"]);

      expect(await press("bram", prompt!, "prompt.skip")).toMatch(/Overgeslagen/);
      expect(await press("bram", prompt!, "prompt.later")).toMatch(/al over/);
      expect(await press("anna", prompt!, "prompt.later")).toMatch(/herinner je er di 24 mrt om 09:00 één keer aan/);
      expect(await press("anna", prompt!, "prompt.later")).toMatch(/al een herinnering/);

      await tick("2026-03-24T07:00:30Z"); // Tuesday 08:00: not yet
      expect(driver.directMessagesTo("anna")).toHaveLength(0);
      await tick("2026-03-24T08:00:30Z");
      await tick("2026-03-24T09:00:30Z");
      const reminders = driver.directMessagesTo("anna");
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatch(/Je vroeg om een herinnering[\s\S]*Dit is de enige/);
      expect(reminders[0]).not.toMatch(/Herinner me later/);
      expect(driver.directMessagesTo("bram")).toHaveLength(0);
      expect(driver.bot.core.db.prepare("SELECT choice, count(*) AS n FROM prompt_deferrals GROUP BY choice ORDER BY choice").all()).toEqual([
        { choice: "later", n: 1 },
        { choice: "skip", n: 1 },
      ]);
    });

    it("lets only a lead set the bedoeling and pause the prompts; nothing is posted in the pause, one prompt after it, and the team is asked once a quarter", async () => {
      const tick = ticker(driver, ["reflection:kcc", "bedoeling:kcc"]);
      const command = async (person: "lisa" | "bram", text: string) => {
        const result = await driver.command(person, driver.channels.team, text);
        await driver.bot.whenIdle();
        return result.notice ?? "";
      };
      expect(await command("bram", `bedoeling ${BEDOELING}`)).toMatch(/Alleen de teamleiders/);
      expect(await command("lisa", "bedoeling Wij helpen mevrouw 111\u00a0222\u00a0333 snel.")).toMatch(/BSN/);
      expect(await command("lisa", `bedoeling ${BEDOELING}`)).toMatch(/is nu: “Inwoners snel/);
      const channel = () => driver.messagesIn(driver.channels.team).map((message) => message.text).join("\n");
      expect(channel()).toMatch(/heeft de bedoeling van Klantcontactcentrum vastgelegd: “Inwoners snel/);
      expect(channel()).not.toMatch(/111/);

      expect(await command("bram", "pauze 2026-03-30 2026-04-10")).toMatch(/Alleen de teamleiders/);
      expect(await command("lisa", "pauze 2026-03-30 2026-04-10")).toMatch(/Gepauzeerd/);
      expect(channel()).toMatch(/gepauzeerd van 30 maart 2026 tot en met 10 april 2026/);

      await tick("2026-03-23T08:00:30Z");
      expect(prompts()).toHaveLength(1);
      expect(prompts()[0]!.text).toMatch(/Onze bedoeling: Inwoners snel/);
      await tick("2026-03-30T07:00:30Z"); // Monday 09:00, in the pause
      await tick("2026-04-13T07:00:30Z"); // the Monday after it
      expect(prompts()).toHaveLength(2);
      const ledger = listSlots(driver.bot.core.db, "reflection:kcc").map((slot) => `${slot.slot} ${slot.status} ${slot.note ?? ""}`.trim());
      expect(ledger).toContain("2026-03-30T09:00 skipped paused");

      await tick("2026-04-13T08:00:30Z"); // 10:00: the first working day of the quarter out of the pause
      const question = () => driver.messagesIn(driver.channels.team).filter((message) => /Klopt onze bedoeling nog/.test(message.text));
      expect(question()).toHaveLength(1);
      expect(question()[0]!.buttons.map((button) => button.label)).toEqual(["Klopt nog", "Aanpassen"]);
      expect(await press("bram", question()[0]!, "purpose.keep")).toMatch(/Alleen de teamleiders/);
      expect(await press("lisa", question()[0]!, "purpose.keep")).toMatch(/klopt nog/);
      await driver.bot.whenIdle();
      expect(question()[0]!.buttons).toHaveLength(0);
      expect(question()[0]!.text).toMatch(/bevestigde op ma 13 apr/);
      await tick("2026-04-14T08:00:30Z");
      expect(question()).toHaveLength(1);
    });
  });
}
