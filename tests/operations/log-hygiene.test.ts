import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/composition/create-bot.ts";
import { findTeam } from "../../src/team/find-team.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { FakeClock } from "../../src/time/clock.ts";
import { anna, GOOD_CASE, lisa, pressButton, submitAnswer, submitCase, submitMove } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { tempDatabasePath } from "../support/temp-database.ts";
import { realPromptLibrary, testConfig } from "../support/test-bot.ts";

describe("logs", () => {
  it("carry no answer or case text at info level, and redact secrets", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger("info", sink);
    const bot = createBot({
      db: openDatabase(tempDatabasePath()),
      config: testConfig({}, ["console:lisa"]),
      library: realPromptLibrary(),
      clock: new FakeClock("2026-03-23T08:00:00Z"),
      logger,
    });
    bot.connect(new RecordingPlatform());
    await postPrompt(bot.core, findTeam(bot.core, "kcc")!);
    await submitAnswer(bot, anna, 1, { text: "Geheime reflectie over een inwoner." });
    await submitCase(bot, anna, GOOD_CASE);
    await pressButton(bot, lisa, "case.take", 1);
    await submitMove(bot, lisa, 1, "decide", { outcome: "within-rules", reasons: "Vertrouwelijke onderbouwing." });
    logger.info({ botToken: "xoxb-secret-token", headers: { authorization: "Bearer abc" } }, "an SDK object by mistake");

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of ["Geheime reflectie", GOOD_CASE.situation, GOOD_CASE.title, "Vertrouwelijke onderbouwing", "xoxb-secret-token", "Bearer abc"]) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain("case moved");
  });
});
