import { describe, expect, it } from "vitest";
import { ConversationPacer, type PacerTime } from "../../../adapters/teams/conversation-pacer.ts";

/** A clock that only moves when the pacer sleeps, so pacing is checked without waiting. */
function manualTime(): PacerTime & { at: number; sleeps: number[] } {
  const time = {
    at: 0,
    sleeps: [] as number[],
    now: () => time.at,
    sleep: async (ms: number) => {
      time.sleeps.push(ms);
      time.at += ms;
    },
  };
  return time;
}

describe("ConversationPacer", () => {
  it("says whether a request would go at once, per conversation", async () => {
    const time = manualTime();
    const pacer = new ConversationPacer([{ limit: 2, windowMs: 1000 }], time);
    await pacer.acquire("a:personal:29:anna");
    expect(pacer.hasRoom("a:personal:29:anna")).toBe(true);
    await pacer.acquire("a:personal:29:anna");
    expect(pacer.hasRoom("a:personal:29:anna")).toBe(false);
    expect(pacer.hasRoom("a:personal:29:bram")).toBe(true);
    time.at += 1000;
    expect(pacer.hasRoom("a:personal:29:anna")).toBe(true);
  });

  it("lets a burst through up to the limit and spaces the rest to the window", async () => {
    const time = manualTime();
    const pacer = new ConversationPacer([{ limit: 7, windowMs: 1000 }], time);
    const starts: number[] = [];
    for (let index = 0; index < 9; index++) {
      await pacer.acquire("19:kcc@thread.tacv2");
      starts.push(time.at);
    }
    expect(starts.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(starts.slice(7)).toEqual([1000, 1000]);
  });

  it("keeps to every window at once (7 per second and 60 per 30 seconds)", async () => {
    const time = manualTime();
    const pacer = new ConversationPacer([{ limit: 7, windowMs: 1000 }, { limit: 60, windowMs: 30_000 }], time);
    const starts: number[] = [];
    for (let index = 0; index < 61; index++) {
      await pacer.acquire("c");
      starts.push(time.at);
    }
    for (let index = 7; index < starts.length; index++) expect(starts[index]! - starts[index - 7]!).toBeGreaterThanOrEqual(1000);
    expect(starts[60]! - starts[0]!).toBeGreaterThanOrEqual(30_000);
  });

  it("does not hold up one conversation for another", async () => {
    const time = manualTime();
    const pacer = new ConversationPacer([{ limit: 1, windowMs: 1000 }], time);
    await pacer.acquire("a");
    await pacer.acquire("b");
    expect(time.sleeps).toEqual([]);
    await pacer.acquire("a");
    expect(time.sleeps).toEqual([1000]);
  });

  it("serves concurrent callers for one conversation in order", async () => {
    const time = manualTime();
    const pacer = new ConversationPacer([{ limit: 2, windowMs: 100 }], time);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((n) => pacer.acquire("c").then(() => order.push(n))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(time.at).toBe(200);
  });
});
