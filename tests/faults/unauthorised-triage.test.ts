import { afterEach, describe, expect, it } from "vitest";
import { listEvents } from "../../src/cases/case-store.ts";
import type { SeenMessage } from "../scenarios/scenario-driver.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { TRIAGE_DESKS, type TriageDesk } from "./triage-desks.ts";

// Only the team's leads (and operators) move its cases. Lisa leads team kcc; Bram is a colleague;
// team wmo has no leads at all.

for (const { name, start } of TRIAGE_DESKS) describe(`triage on ${name}`, () => {
  let desk: TriageDesk;
  afterEach(async () => desk?.driver.close());

  async function submitted(values: Record<string, string> = CLEAN_CASE): Promise<number> {
    const { driver } = desk;
    const form = (await driver.command("anna", driver.channels.team, "")).form!;
    const result = await driver.submit("anna", form, values);
    const reference = /G-\d{4}-\d{4}/.exec(result.notice ?? "")?.[0];
    expect(reference, result.notice).toBeDefined();
    return driver.bot.core.db.prepare("SELECT id FROM cases WHERE reference = ?").pluck().get(reference) as number;
  }

  function caseMessage(): SeenMessage {
    const [parent] = desk.driver.messagesIn(desk.driver.channels.triage).filter((message) => /G-\d{4}-\d{4}/.test(message.text));
    return parent!;
  }

  const statusOf = (id: number) => desk.driver.bot.core.db.prepare("SELECT status FROM cases WHERE id = ?").pluck().get(id);
  const refusals = (id: number) => listEvents(desk.driver.bot.core.db, id).filter((event) => event.kind === "refused").map((event) => event.actor);

  it("refuses a colleague who presses Oppakken, and leaves the case as it was", async () => {
    desk = await start();
    const id = await submitted();
    const refused = await desk.driver.press("bram", caseMessage(), "case.take");
    expect(refused.notice).toMatch(/Alleen de teamleiders/);
    expect(statusOf(id)).toBe("submitted");
    expect(refusals(id)).toEqual([desk.userKey("bram")]);
    expect(caseMessage().text).toMatch(/ingediend/);
    expect(desk.driver.repliesTo(caseMessage())).toEqual([]);
    expect(desk.driver.directMessagesTo("anna")).toEqual([]);
  });

  it("refuses a colleague who presses Besluiten before any form opens", async () => {
    desk = await start();
    const id = await submitted();
    await desk.driver.press("lisa", caseMessage(), "case.take");
    const refused = await desk.driver.press("bram", caseMessage(), "case.decide");
    expect(refused.form).toBeUndefined();
    expect(refused.notice).toMatch(/Alleen de teamleiders/);
    expect(statusOf(id)).toBe("in_progress");
    expect(refusals(id)).toEqual([desk.userKey("bram")]);
  });

  it("refuses a lead whose button was forged to carry another team's case", async () => {
    desk = await start();
    const kcc = await submitted();
    const wmo = await submitted({ ...CLEAN_CASE, title: "Wmo-indicatie verloopt tijdens opname", team: "wmo" });
    const refused = await desk.pressForged("lisa", caseMessage(), "case.take", String(wmo));
    expect(refused.notice).toMatch(/Alleen de teamleiders/);
    expect([statusOf(kcc), statusOf(wmo)]).toEqual(["submitted", "submitted"]);
    expect(refusals(wmo)).toEqual([desk.userKey("lisa")]);
    expect(caseMessage().text).toMatch(/ingediend/);
  });

  it("answers a button forged with a case that does not exist in a friendly sentence", async () => {
    desk = await start();
    const id = await submitted();
    for (const value of ["99999", "-1", "abc", ""]) {
      const answer = await desk.pressForged("lisa", caseMessage(), "case.take", value);
      expect(answer.notice).toMatch(/Ik vind geen casus/);
    }
    expect(statusOf(id)).toBe("submitted");
  });
});
