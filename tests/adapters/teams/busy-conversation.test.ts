import { afterEach, describe, expect, it } from "vitest";
import type { PacerTime } from "../../../adapters/teams/conversation-pacer.ts";
import { captureLogger } from "./capture-logger.ts";
import { channelConversation, channelMention, nextActivityId, personalConversationOf, personalMessage, teamInstall } from "./teams-activities.ts";
import { CHANNELS, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

let harness: TeamsHarness;
afterEach(async () => harness?.close());

const IN_FLIGHT = 50;
const LIMIT = 8;
// Teams' own limit shape (so many per window). The pacer's clock is held: until the test lets it go,
// no reply beyond the first LIMIT per conversation can leave. A turn that waited for its reply would
// then never be answered; wall-clock figures for the same load are in `npm run bench`.
const PACING = [{ limit: LIMIT, windowMs: 2_000 }];

function heldClock(): { time: PacerTime; release(): void } {
  let clock = 0;
  let isHeld = true;
  const waiting: (() => void)[] = [];
  const time: PacerTime = {
    now: () => clock,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clock += ms;
          resolve();
        };
        if (isHeld) waiting.push(wake);
        else wake();
      }),
  };
  return {
    time,
    release() {
      isHeld = false;
      for (const wake of waiting.splice(0)) wake();
    },
  };
}

describe("a Teams conversation with 50 messages in flight", () => {
  it("answers every request while replies wait for pacing, then delivers all replies, each once, in order, in a personal chat and in a channel thread", async () => {
    const { logger, lines } = captureLogger();
    const clock = heldClock();
    // A reply that times out is sent again by the outbox (Teams has no idempotency key): on a busy machine
    // the harness's 250 ms made the first reply arrive twice. This test is about pacing and order.
    harness = await startTeamsHarness({ logger, delivery: { limits: PACING, time: clock.time, timeoutMs: 5_000 } });
    for (const activity of teamInstall("lisa")) await harness.send(activity);
    const root = nextActivityId();
    const threadConversation = `${CHANNELS.team};messageid=${root}`;
    const personal = Array.from({ length: IN_FLIGHT }, () => personalMessage("anna", "help"));
    const thread: Record<string, unknown>[] = Array.from({ length: IN_FLIGHT }, () => ({
      ...channelMention("bram", CHANNELS.team, "help"),
      conversation: channelConversation(threadConversation),
    }));

    const answers = await Promise.all([...personal, ...thread].map((activity) => post(activity)));
    expect(answers).toEqual(answers.map(() => 200));
    const repliesSoFar = (conversation: string) =>
      harness.connector.callsTo("POST", "/activities/").filter((call) => call.conversationId === conversation).length;
    expect(repliesSoFar(personalConversationOf("anna"))).toBeLessThanOrEqual(LIMIT);
    expect(repliesSoFar(threadConversation)).toBeLessThanOrEqual(LIMIT);

    clock.release();
    await harness.test.bot.whenIdle();
    const queued = lines.filter((line) => line.msg === "Teams turn's replies under way").map((line) => String(line.activity));
    for (const [conversation, sent] of [
      [personalConversationOf("anna"), personal],
      [threadConversation, thread],
    ] as const) {
      const ids = new Set(sent.map((activity) => String(activity.id)));
      const replies = harness.connector.callsTo("POST", "/activities/").filter((call) => call.conversationId === conversation);
      expect(replies.map((call) => call.activityId)).toEqual(queued.filter((id) => ids.has(id)));
      expect(new Set(replies.map((call) => call.activityId))).toEqual(ids);
    }
  });
});

async function post(activity: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${harness.server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ serviceUrl: harness.connector.url, ...activity }),
  });
  await response.text();
  return response.status;
}
