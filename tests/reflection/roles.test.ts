import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { parseConfig } from "../../src/config/load-config.ts";
import { buildOrganisationDigest } from "../../src/digest/organisation-digest.ts";
import { logbookCommand } from "../../src/logbook/logbook.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { findPrompt } from "../../src/reflection/prompt-library.ts";
import { noticeText, pressButton, submitAnswer, submitCase, submitMove, GOOD_CASE, lisa } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, realPromptLibrary } from "../support/test-bot.ts";

const anna: UserRef = { platform: "console", id: "anna" };

function botWith(teams: Record<string, unknown>[], extra: Record<string, unknown> = {}, start?: string) {
  const parsed = parseConfig({ timezone: "Europe/Amsterdam", language: "nl", teams, ...extra });
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const test = createTestBot(parsed.config, { start });
  const chat = new RecordingPlatform();
  test.bot.connect(chat);
  return { test, chat };
}

const kcc = (reflection: Record<string, unknown> = {}) => ({
  key: "kcc",
  name: "Klantcontactcentrum",
  leads: ["console:lisa"],
  reflection: { schedule: "0 9 * * 1", themes: ["klantfocus", "dienend-leiderschap"], visibility: "team", ...reflection },
});

const audienceOf = (promptId: string) => findPrompt(realPromptLibrary(), promptId)?.audience;

describe("prompts for the right person", () => {
  it("sends leads a teamleider prompt privately each month, a new one even when the last got no entry", async () => {
    const { test, chat } = botWith([kcc()]);
    const sentTo = (who: string) => chat.directs.filter((dm) => dm.user.id === who);
    for (const tuesday of ["2026-04-07T08:00:30Z", "2026-05-05T08:00:30Z"]) {
      test.clock.set(tuesday);
      await test.bot.scheduler.tick();
    }
    const ids = test.db.prepare("SELECT prompt_id FROM personal_prompt_sends WHERE kind = 'lead' ORDER BY slot").pluck().all() as string[];
    expect(sentTo("lisa")).toHaveLength(2);
    expect(ids.map(audienceOf)).toEqual(["lead", "lead"]);
    expect(new Set(ids).size).toBe(2);
    expect(allText(sentTo("lisa")[0]!.message)).toMatch(/Voor jou als teamleider/);
    expect(chat.posts.filter((post) => /teamleider/i.test(allText(post.message)))).toHaveLength(0);
  });

  it("never gives an employee's logbook a prompt meant for leads or the MT, and moves on when an entry is skipped", async () => {
    const { test, chat } = botWith([kcc()]);
    logbookCommand(test.bot.core, anna, ["aan", "werkdagen", "09:15"], "nl");
    for (let day = 0; day < 30; day += 1) {
      test.clock.set(new Date(Date.parse("2026-03-23T08:15:30Z") + day * 86_400_000).toISOString());
      await test.bot.scheduler.tick();
    }
    const ids = test.db.prepare("SELECT prompt_id FROM personal_prompt_sends WHERE kind = 'logbook' ORDER BY slot").pluck().all() as string[];
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids.map(audienceOf))).not.toContain("lead");
    expect(new Set(ids.map(audienceOf))).not.toContain("mt");
    expect(new Set(ids).size).toBe(ids.length);
    expect(chat.directs.filter((dm) => dm.user.id === "anna")).toHaveLength(ids.length);
  });

  it("keeps answers to a sensitive prompt private in a team whose answers are otherwise visible", async () => {
    const sensitive = realPromptLibrary().prompts.find((prompt) => prompt.visibility === "private" && ["everyone", "employee"].includes(prompt.audience) && !prompt.text.nl.includes("{change}"));
    expect(sensitive, "a private prompt for the team channel").toBeDefined();
    const { test, chat } = botWith([kcc({ themes: [sensitive!.theme] })]);
    let runId = 0;
    for (let week = 0; week < 30 && !runId; week += 1) {
      await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
      const run = test.db.prepare("SELECT id, prompt_id AS promptId, visibility FROM prompt_runs ORDER BY id DESC LIMIT 1").get() as { id: number; promptId: string; visibility: string };
      if (run.promptId === sensitive!.id) {
        expect(run.visibility).toBe("private");
        runId = run.id;
      }
    }
    const post = chat.posts.find((candidate) => allText(candidate.message).includes(sensitive!.text.nl))!;
    expect(allText(post.message)).toMatch(/Privé: alleen jij ziet je antwoord/);
    await submitAnswer(test.bot, anna, runId, { text: "Ik voel me niet gesteund door mijn leidinggevende." });
    expect(chat.posts.filter((candidate) => candidate.ref.threadId === post.ref.messageId)).toHaveLength(0);
  });

  it("asks about the change only when the team has named it, and names it in the prompt", async () => {
    const unnamed = botWith([kcc({ themes: ["veranderbereidheid"] })]);
    expect(await postPrompt(unnamed.test.bot.core, findTeam(unnamed.test.bot.core, "kcc")!)).toMatchObject({ status: "skipped" });

    const named = botWith([kcc({ themes: ["veranderbereidheid"], change: "de overgang naar zaakgericht werken" })]);
    await postPrompt(named.test.bot.core, findTeam(named.test.bot.core, "kcc")!);
    const text = allText(named.chat.posts[0]!.message);
    expect(text).toMatch(/de overgang naar zaakgericht werken/);
    expect(text).not.toMatch(/\{change\}/);
  });

  it("points to the vertrouwenspersoon with prompts about safety and on the home page", async () => {
    const care = realPromptLibrary().prompts.find((prompt) => prompt.care && ["everyone", "employee"].includes(prompt.audience) && !prompt.text.nl.includes("{change}"));
    expect(care, "a care prompt for the team channel").toBeDefined();
    const { test, chat } = botWith([kcc({ themes: [care!.theme] })], { care: { vertrouwenspersoon: "Marleen Bos, kanaal #vertrouwelijk" } });
    for (let week = 0; week < 30; week += 1) await postPrompt(test.bot.core, findTeam(test.bot.core, "kcc")!);
    const shown = chat.posts.find((post) => allText(post.message).includes(care!.text.nl))!;
    expect(allText(shown.message)).toMatch(/vertrouwenspersoon: Marleen Bos/);
    const home = await test.bot.handle({ kind: "home-opened", user: anna });
    expect(home.kind === "show-home" ? allText(home.message) : "").toMatch(/Marleen Bos/);
  });
});

describe("the organisation digest", () => {
  it("leads with what waits for the MT and shows no participation per team", async () => {
    const organisation = { name: "Gemeente Voorbeeld", digest: { schedule: "0 16 * * 5" } };
    const { test } = botWith([kcc(), { key: "wmo", name: "Wmo-team", leads: [] }], { organisation });
    const id = Number(/G-2026-(\d+)/.exec(noticeText(await submitCase(test.bot, anna, GOOD_CASE)))![1]);
    await pressButton(test.bot, lisa, "case.take", id);
    const escalate = { escalatedTo: "MT Sociaal Domein", question: "Mogen we de kostendelersnorm tijdelijk buiten toepassing laten?" };
    await submitMove(test.bot, lisa, id, "escalate", escalate);
    test.clock.advanceMinutes(3 * 24 * 60);
    const digest = allText(buildOrganisationDigest(test.bot.core, { start: new Date("2026-03-20T00:00:00Z"), end: test.clock.now() }));
    expect(digest.indexOf("Wacht op het MT")).toBeLessThan(digest.indexOf("Rode draden") === -1 ? Infinity : digest.indexOf("Rode draden"));
    expect(digest).toMatch(/G-2026-0001\* .*MT Sociaal Domein, 3 werkdagen/);
    expect(digest).toMatch(/kostendelersnorm tijdelijk buiten toepassing/);
    expect(digest).not.toMatch(/antwoord|vragen gesteld|kanaalleden|%/);
    expect(digest).toMatch(/geen deelname per team/);
  });
});
