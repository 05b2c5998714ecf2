import { describe, expect, it } from "vitest";
import { findTeam } from "../../src/team/find-team.ts";
import { postPrompt } from "../../src/reflection/post-prompt.ts";
import { anna, submitAnswer } from "../support/core-actions.ts";
import { RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, testConfig } from "../support/test-bot.ts";

describe("the answer button", () => {
  it("opens the form only in a conversation the prompt was posted in, or for one's own earlier answer", async () => {
    const test = createTestBot(testConfig({}, ["console:lisa"]));
    test.bot.connect(new RecordingPlatform());
    await postPrompt(test.bot.core, findTeam(test.bot.core, "wmo")!);
    const runId = test.db.prepare("SELECT max(id) FROM prompt_runs").pluck().get() as number;
    const press = (conversationId: string) =>
      test.bot.handle({ kind: "button", user: anna, place: { conversationId }, action: "answer.open", value: String(runId) });

    // A button value edited in a client, pressed in another team's channel or a personal chat.
    expect(await press("#kcc")).toMatchObject({ kind: "notice" });
    expect(await press("personal-chat-anna")).toMatchObject({ kind: "notice" });
    expect((await press("#wmo")).kind).toBe("open-form");

    await submitAnswer(test.bot, anna, runId, { score: "4", text: "" });
    expect((await press("personal-chat-anna")).kind).toBe("open-form");
    expect((await press("#kcc")).kind).toBe("open-form");
  });
});
