import { describe, expect, it } from "vitest";
import { AckGate } from "../../../adapters/slack/ack-gate.ts";

describe("acknowledgements before follow-up work", () => {
  it("holds a modal or post back while a request that came in is still unanswered", async () => {
    const gate = new AckGate(2, 5_000);
    const order: string[] = [];
    const answerSecond = gate.open();
    const followUp = gate.whenAnswered().then(() => order.push("follow-up"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push("second request answered");
    answerSecond();
    await followUp;
    expect(order).toEqual(["second request answered", "follow-up"]);
  });

  it("lets follow-up work go after its longest wait when requests keep coming, and not before", async () => {
    let now = 0;
    const gate = new AckGate(2, 30, () => now);
    gate.open(); // never answered: lasting load
    let isReleased = false;
    const released = gate.whenAnswered().then(() => (isReleased = true));
    now = 29;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isReleased).toBe(false);
    now = 30;
    await released;
    expect(isReleased).toBe(true);
  });

  it("lets overdue follow-up work go one piece per turn under lasting load, not all at once", async () => {
    const gate = new AckGate(2, 10);
    gate.open(); // never answered: lasting load
    const order: string[] = [];
    const first = gate.whenAnswered().then(() => {
      order.push("first");
      queueMicrotask(() => order.push("first's own work"));
    });
    const second = gate.whenAnswered().then(() => order.push("second"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "first's own work", "second"]);
  });
});
