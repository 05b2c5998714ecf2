import { afterEach, describe, expect, it } from "vitest";
import { slashCommand, viewSubmission } from "../../faults/slack-bodies.ts";
import { CHANNELS, openCaseForm, startSlackWorkspace, type SlackWorkspace } from "../../faults/slack-workspace.ts";
import { CLEAN_CASE } from "../../support/clean-case.ts";

// The adapter only names a delivery (deliveryKeys); the core claims the keys with its first write.
describe("a Slack delivery that comes again with the same delivery key", () => {
  let workspace: SlackWorkspace;
  afterEach(async () => workspace?.close());

  it("opens the case form once when the same /casus arrives twice", async () => {
    workspace = await startSlackWorkspace();
    const { harness } = workspace;
    const command = slashCommand("U0ANNA", CHANNELS.team);
    const answers = [await harness.send(command), await harness.send(command, { retryNum: 1 })];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(harness.fake.callsOf("views.open")).toHaveLength(1);
  });

  it("stores the case once, claiming the submission's key in the same transaction, and says nothing the second time", async () => {
    workspace = await startSlackWorkspace();
    const { harness, test } = workspace;
    const body = viewSubmission("U0ANNA", await openCaseForm(harness, "U0ANNA"), CLEAN_CASE);
    const first = await harness.send(body);
    const again = await harness.send(body);
    expect(first.text).toMatch(/G-2026-0001/);
    expect(again.text).not.toMatch(/G-2026/);
    expect(test.db.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(1);
    // The command's and the submission's keys, each as a keyed hash: no id of Anna's in them.
    const keys = test.db.prepare("SELECT key FROM deliveries").pluck().all() as string[];
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).not.toMatch(/U0ANNA|submit|trigger/);
  });
});
