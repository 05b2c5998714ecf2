import { afterAll, describe, expect, it } from "vitest";
import type { UserRef } from "../../src/chat/vocabulary.ts";
import { findPrompt } from "../../src/reflection/prompt-library.ts";
import { listSlots } from "../../src/scheduling/slot-store.ts";
import { submitAnswer } from "../support/core-actions.ts";
import { ramDatabase } from "../support/ram-database.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, realPromptLibrary, testConfig } from "../support/test-bot.ts";

const people: UserRef[] = ["anna", "bram", "sara", "omar", "fleur", "joost"].map((id) => ({ platform: "console", id }));

describe("a simulated quarter", () => {
  // Thousands of commits (every job's ledger each hour, every answer): in memory they do not wait on fsync.
  const database = ramDatabase();
  afterAll(() => database.remove());

  it("rotates without repeats, skips holidays, hides small pulse groups and posts a digest every Friday", async () => {
    const config = testConfig({}, ["console:lisa"], { schedule: { graceMinutes: 30 } });
    const test = createTestBot(config, { start: "2026-03-29T22:00:00Z", databasePath: database.path });
    const chat = new RecordingPlatform("console", 12);
    test.bot.connect(chat);
    const library = realPromptLibrary();

    // Every hour for 13 weeks (April–June 2026), with answers the afternoon a prompt arrives.
    for (let hour = 0; hour < 13 * 7 * 24; hour += 1) {
      test.clock.advanceMinutes(60);
      await test.bot.scheduler.tick();
      const fresh = test.db
        .prepare("SELECT id, prompt_id AS promptId, team FROM prompt_runs WHERE posted_at > ? ORDER BY id")
        .all(new Date(test.clock.now().getTime() - 3_600_000).toISOString()) as { id: number; promptId: string; team: string }[];
      for (const run of fresh) {
        const prompt = findPrompt(library, run.promptId)!;
        // Four people answer the even weeks' pulses, six the others: the channel must show the
        // average only for the second group.
        const answering = people.slice(0, run.id % 2 === 0 ? 4 : 6);
        for (const person of answering) {
          await submitAnswer(test.bot, person, run.id, prompt.mode === "pulse" ? { score: "4", text: "" } : { text: `Antwoord van ${person.id}.` });
        }
      }
    }

    const kccPrompts = test.db.prepare("SELECT prompt_id FROM prompt_runs WHERE team = 'kcc' ORDER BY id").pluck().all() as string[];
    expect(new Set(kccPrompts).size).toBe(kccPrompts.length);
    const skipped = listSlots(test.db, "reflection:kcc").filter((slot) => slot.note === "public holiday").map((slot) => slot.slot);
    expect(skipped).toEqual(["2026-04-06T09:00", "2026-04-27T09:00", "2026-05-25T09:00"]);
    expect(kccPrompts).toHaveLength(13 - 3);

    const pulseRuns = test.db
      .prepare("SELECT r.id, m.message_id AS messageId FROM prompt_runs r JOIN prompt_posts m ON m.run_id = r.id WHERE r.team = 'wmo'")
      .all() as { id: number; messageId: string }[];
    const shown = pulseRuns.map((run) => ({ run, text: allText(chat.posts.find((post) => post.ref.messageId === run.messageId)!.message) }));
    const pulses = shown.filter(({ run }) => findPrompt(library, test.db.prepare("SELECT prompt_id FROM prompt_runs WHERE id = ?").pluck().get(run.id) as string)!.mode === "pulse");
    expect(pulses.length).toBeGreaterThan(1);
    for (const { run, text } of pulses) {
      if (run.id % 2 === 0) expect(text).toMatch(/vanaf 5 antwoorden/);
      else expect(text).toMatch(/Gemiddeld 4,0 op 1–5 \(over 5 antwoorden\)/);
    }

    const digests = chat.posts.filter((post) => /Weekoverzicht · Klantcontactcentrum/.test(post.message.text));
    expect(digests).toHaveLength(13); // no Friday in this quarter is a public holiday (Goede Vrijdag is not one)
    expect(allText(digests.at(-1)!.message)).toMatch(/Deelname afgelopen 8 weken: [▁▂▃▄▅▆▇█]{8}/);
    test.db.close();
  }, 60_000);
});
