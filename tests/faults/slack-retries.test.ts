import { afterEach, describe, expect, it } from "vitest";
import type { SentModal } from "../adapters/slack/slack-surfaces.ts";
import { fixture } from "../adapters/slack/fixtures.ts";
import { CLEAN_CASE } from "../support/clean-case.ts";
import { buttonPress, viewSubmission } from "./slack-bodies.ts";
import { buttonOn, CHANNELS, ephemeralsTo, openCaseForm, startSlackWorkspace, type SlackWorkspace } from "./slack-workspace.ts";

// Slack delivers at least once: it retries what it thinks timed out (X-Slack-Retry-Num), and people
// press Submit twice. Everything below goes through the real Bolt pipeline into the real core.

const RETRIES = [undefined, 1, 2, 3];

describe("Slack delivering the same thing more than once", () => {
  let workspace: SlackWorkspace;
  afterEach(async () => workspace?.close());

  const count = (table: string) => workspace.test.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

  it("stores one case and posts it once when a submission comes again with retry numbers 1, 2 and 3", async () => {
    workspace = await startSlackWorkspace();
    const { harness } = workspace;
    const body = viewSubmission("U0ANNA", await openCaseForm(harness, "U0ANNA"), CLEAN_CASE);
    const answers = await Promise.all(RETRIES.map((retryNum) => harness.send(body, retryNum === undefined ? {} : { retryNum })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(count("cases")).toBe(1);
    expect(harness.fake.messagesIn(CHANNELS.triage)).toHaveLength(1);
    // One answer shows the receipt in the modal; the repeats are acknowledged without a word.
    expect(answers.filter((answer) => /G-2026-0001/.test(answer.text))).toHaveLength(1);
    expect(ephemeralsTo(harness, "U0ANNA")).toHaveLength(0);
  });

  it("stores one case when the person presses Submit twice", async () => {
    workspace = await startSlackWorkspace();
    const { harness } = workspace;
    const view = await openCaseForm(harness, "U0ANNA");
    await Promise.all([harness.send(viewSubmission("U0ANNA", view, CLEAN_CASE)), harness.send(viewSubmission("U0ANNA", view, CLEAN_CASE))]);
    expect(count("cases")).toBe(1);
    expect(harness.fake.messagesIn(CHANNELS.triage)).toHaveLength(1);
  });

  it("shows the form's errors again when a refused form is submitted again unchanged", async () => {
    workspace = await startSlackWorkspace();
    const { harness } = workspace;
    const body = viewSubmission("U0ANNA", await openCaseForm(harness, "U0ANNA"), { ...CLEAN_CASE, situation: "Mevrouw met BSN 111222333 kreeg een brief." });
    const first = await harness.send(body);
    const again = await harness.send(body);
    expect(first.json).toMatchObject({ response_action: "errors", errors: { situation: expect.stringMatching(/BSN/) } });
    expect(again.json).toEqual(first.json);
    expect(count("cases")).toBe(0);
  });

  it("stores one answer and shows it once in the prompt's thread when the answer comes again with retries", async () => {
    workspace = await startSlackWorkspace();
    const { harness, test } = workspace;
    test.clock.set("2026-03-23T08:00:30Z");
    await test.bot.scheduler.tick();
    const [prompt] = harness.fake.messagesIn(CHANNELS.team);
    await harness.send(buttonPress("U0ANNA", prompt!, buttonOn(prompt!, "answer.open"), 1774252900));
    const view = harness.fake.callsOf("views.open")[0]!.body.view as SentModal;
    const body = viewSubmission("U0ANNA", view, { text: "Eerst gebeld in plaats van een brief gestuurd.", mayHighlight: "true" });
    await Promise.all(RETRIES.map((retryNum) => harness.send(body, retryNum === undefined ? {} : { retryNum })));
    expect(count("answers")).toBe(1);
    expect(harness.fake.repliesTo(CHANNELS.team, prompt!.ts).map((reply) => reply.text)).toEqual([expect.stringMatching(/Eerst gebeld/)]);
  });

  it("publishes the home page once when Slack retries app_home_opened three times", async () => {
    workspace = await startSlackWorkspace();
    const { harness } = workspace;
    const event = { json: fixture("app-home-opened") };
    for (const retryNum of RETRIES) expect((await harness.send(event, retryNum === undefined ? {} : { retryNum })).status).toBe(200);
    expect(harness.fake.callsOf("views.publish")).toHaveLength(1);
  });
});
