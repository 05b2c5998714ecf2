import { afterEach, describe, expect, it } from "vitest";
import type { Form, Reply } from "../../../src/chat/vocabulary.ts";
import { textMessage } from "../../../src/chat/vocabulary.ts";
import { modalViewSchema } from "./block-kit-schema.ts";
import { fixture, formFixture } from "./fixtures.ts";
import { ScriptedBot, startSlackHarness, type SlackHarness } from "./slack-harness.ts";

const FORM: Form = {
  id: "case.submit",
  title: "Casus inbrengen",
  submitLabel: "Indienen",
  context: "{}",
  fields: [
    { name: "title", label: "Titel", kind: "text", isRequired: true },
    { name: "situation", label: "Situatie", kind: "textarea", isRequired: true, maxLength: 2000 },
  ],
};

const command = (text = "") => ({ form: { ...formFixture("slash-command"), text } });
const homeOpened = () => ({ json: fixture("app-home-opened") });
const submission = (values: Record<string, string>) => {
  const payload = fixture("view-submission") as { view: { state: { values: Record<string, unknown> } } };
  payload.view.state.values = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { [name]: { type: "plain_text_input", value } }]));
  return { payload };
};

describe("Slack over HTTP", () => {
  let harness: SlackHarness;
  afterEach(async () => harness?.close());

  async function start(answer: (interaction: unknown) => Reply | Promise<Reply>, tuning = {}): Promise<ScriptedBot> {
    const bot = new ScriptedBot(answer);
    harness = await startSlackHarness(bot, { tuning });
    return bot;
  }

  it("answers Slack's url_verification challenge", async () => {
    await start(() => ({ kind: "nothing" }));
    const response = await harness.send({ json: fixture("url-verification") });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ challenge: fixture("url-verification").challenge });
  });

  it("refuses a forged signature with 401 and does nothing", async () => {
    const bot = await start(() => ({ kind: "open-form", form: FORM }));
    const response = await harness.send(command(), { secret: "not-the-signing-secret" });
    expect(response.status).toBe(401);
    expect(bot.seen).toHaveLength(0);
    expect(harness.fake.calls.filter((call) => call.method !== "auth.test")).toHaveLength(0);
    expect(harness.db.prepare("SELECT count(*) FROM deliveries").pluck().get()).toBe(0);
  });

  it("refuses a stale timestamp (a replayed request) with 401 and does nothing", async () => {
    const bot = await start(() => ({ kind: "open-form", form: FORM }));
    const response = await harness.send(command(), { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(response.status).toBe(401);
    expect(bot.seen).toHaveLength(0);
  });

  it("acknowledges /casus and opens the form as a modal with the interaction's trigger_id", async () => {
    const bot = await start(() => ({ kind: "open-form", form: FORM }));
    const response = await harness.send(command());
    expect(response.status).toBe(200);
    expect(bot.seen[0]).toMatchObject({ kind: "command", name: "casus", place: { conversationId: "C0KCC" } });
    const [opened] = harness.fake.callsOf("views.open");
    expect(opened?.body.trigger_id).toBe(formFixture("slash-command").trigger_id);
    expect(modalViewSchema.safeParse(opened?.body.view).success).toBe(true);
  });

  it("shows a notice to the person only, in the channel where they typed", async () => {
    await start(() => ({ kind: "notice", message: textMessage("G-2026-0001 is in behandeling") }));
    await harness.send(command("status G-2026-0001"));
    expect(harness.fake.callsOf("chat.postEphemeral").map((call) => call.body)).toEqual([
      expect.objectContaining({ channel: "C0KCC", user: "U0ANNA", text: "G-2026-0001 is in behandeling" }),
    ]);
  });

  it("sends the notice as a direct message when the bot is not in that channel", async () => {
    await start(() => ({ kind: "notice", message: textMessage("Hulp bij /casus") }));
    harness.fake.failNext("chat.postEphemeral", 1, { error: "not_in_channel" });
    await harness.send(command("hulp"));
    expect(harness.fake.messagesIn("D0ANNA").map((message) => message.text)).toEqual(["Hulp bij /casus"]);
  });

  it("answers what no listener takes at once with 200, and refuses what it cannot read with 400", async () => {
    const bot = await start(() => ({ kind: "nothing" }));
    const globalShortcut = { payload: { type: "shortcut", callback_id: "elsewhere", trigger_id: "t9", user: { id: "U0ANNA" } } };
    expect((await harness.send(globalShortcut)).status).toBe(200);
    expect((await harness.send({ form: { ...formFixture("slash-command"), command: "/anders" } })).status).toBe(200);
    expect((await harness.send({ payload: { ...fixture("block-actions"), actions: "case.take" } })).status).toBe(400);
    expect((await harness.send({ json: { ...fixture("app-home-opened"), authorizations: [null] } })).status).toBe(400);
    expect(bot.seen).toHaveLength(0);
  });

  it("refuses a body over 4 MB with 413, and answers the next request on the same connection", async () => {
    const bot = await start(() => ({ kind: "nothing" }));
    const huge = { payload: { ...fixture("block-actions"), padding: "x".repeat(5_000_000) } };
    expect((await harness.send(huge)).status).toBe(413);
    expect((await harness.send(command())).status).toBe(200);
    expect(bot.seen).toHaveLength(1);
  });

  // The core claims these keys and handles a repeat once (tests/faults/slack-retries.test.ts, slack-with-core.test.ts).
  it("gives an event and Slack's retry of it (X-Slack-Retry-Num) the same delivery key", async () => {
    const bot = await start(() => ({ kind: "show-home", message: textMessage("Welkom") }));
    const first = await harness.send(homeOpened());
    const retry = await harness.send(homeOpened(), { retryNum: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(bot.seen.map((interaction) => interaction.deliveryKeys)).toEqual([["event:Ev0HOME0001"], ["event:Ev0HOME0001"]]);
    expect(harness.fake.homes.get("U0ANNA")).toMatchObject({ type: "home" });
  });

  it("gives a double click a delivery key in common, and a later press none", async () => {
    const bot = await start(() => ({ kind: "notice", message: textMessage("Opgepakt") }));
    const press = (actionTs: string, triggerId: string) => {
      const payload = fixture("block-actions") as { trigger_id: string; actions: { action_ts: string }[] };
      payload.trigger_id = triggerId;
      payload.actions[0]!.action_ts = actionTs;
      return harness.send({ payload });
    };
    await press("1774252900.100000", "t1");
    await press("1774252900.700000", "t2");
    await press("1774252910.000000", "t3");
    const [first, double, later] = bot.seen.map((interaction) => interaction.deliveryKeys ?? []);
    expect(first!.filter((key) => double!.includes(key))).not.toEqual([]);
    expect(first!.filter((key) => later!.includes(key))).toEqual([]);
  });

  it("returns field errors in the ack, keyed by the field's block", async () => {
    await start(() => ({ kind: "form-errors", errors: { situation: "Haal het BSN weg." } }));
    const response = await harness.send(submission({ situation: "BSN 111222333" }));
    expect(response.json).toEqual({ response_action: "errors", errors: { situation: "Haal het BSN weg." } });
  });

  it("replaces the modal when the answer to a submission is another form", async () => {
    await start(() => ({ kind: "open-form", form: FORM }));
    const response = await harness.send(submission({ note: "verder" }));
    expect(response.json).toMatchObject({ response_action: "update", view: { type: "modal", callback_id: "case.submit" } });
  });

  it("shows the answer to a form in the modal itself, never as a message that stays", async () => {
    const bot = await start(() => ({ kind: "notice", message: textMessage("Opgeslagen, je code is BON-ABCD") }));
    const response = await harness.send(submission({ note: "klaar" }));
    expect(response.status).toBe(200);
    expect(bot.seen[0]).toMatchObject({ kind: "form-submit", formId: "case.move", place: { conversationId: "C0KCCGARAGE" } });
    const answer = JSON.parse(response.text) as { response_action: string; view: { submit?: unknown; close: { text: string }; blocks: unknown[] } };
    expect(answer.response_action).toBe("update");
    expect(answer.view.submit).toBeUndefined();
    expect(answer.view.close.text).toBe("Sluiten");
    expect(JSON.stringify(answer.view.blocks)).toMatch(/BON-ABCD/);
    expect(harness.fake.callsOf("chat.postEphemeral")).toHaveLength(0);
    expect(harness.fake.callsOf("chat.postMessage")).toHaveLength(0);
  });

  it("closes the modal in time when the core is slow, and shows the answer afterwards", async () => {
    const slowly = () => new Promise<Reply>((resolve) => setTimeout(() => resolve({ kind: "notice", message: textMessage("Eindelijk") }), 200));
    await start(slowly, { submitDeadlineMs: 50 });
    const response = await harness.send(submission({ note: "traag" }));
    expect(response.status).toBe(200);
    expect(response.text).toBe("");
    expect(harness.fake.callsOf("chat.postEphemeral")[0]?.body).toMatchObject({ text: "Eindelijk" });
  });

  it("tells the person when something fails after the ack", async () => {
    await start(() => ({ kind: "open-form", form: FORM }));
    harness.fake.failNext("views.open", 1, { error: "expired_trigger_id" });
    await harness.send(command());
    expect(harness.fake.callsOf("chat.postEphemeral")[0]?.body.text).toMatch(/Er ging iets mis/);
  });
});
