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

  it("lets follow-up work go after its longest wait when requests keep coming", async () => {
    const gate = new AckGate(2, 30);
    gate.open(); // never answered: lasting load
    let isReleased = false;
    await gate.whenAnswered().then(() => (isReleased = true));
    expect(isReleased).toBe(true);
  });
});
