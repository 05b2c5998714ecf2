import { describe, expect, it } from "vitest";
import { paginateBlocks, toBlockKit, toFallbackText } from "../../../adapters/slack/to-block-kit.ts";
import type { Block, Message } from "../../../src/chat/vocabulary.ts";
import { messageBlocksSchema } from "./block-kit-schema.ts";

const message = (...blocks: Block[]): Message => ({ text: "samenvatting", blocks });
const render = (...blocks: Block[]) => toBlockKit(message(...blocks));

function expectValidMessage(blocks: unknown[]): void {
  const result = messageBlocksSchema.safeParse(blocks);
  expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
}

describe("rendering messages as Block Kit", () => {
  it("renders every kind of block as its Slack counterpart", () => {
    const blocks = render(
      { type: "heading", text: "G-2026-0001 Kleinzoon tijdelijk inwonend" },
      { type: "text", text: "*Situatie*\n- eerste punt\n- _tweede_ punt" },
      { type: "fields", fields: [{ label: "Regel", value: "Kostendelersnorm" }, { label: "Urgentie", value: "" }] },
      { type: "context", text: "Ingediend door Anna" },
      { type: "buttons", buttons: [{ label: "Oppakken", action: "case.take", value: "1", style: "primary" }, { label: "Sluiten", action: "case.close", value: "1" }] },
      { type: "divider" },
    );
    expect(blocks.map((block) => block.type)).toEqual(["header", "section", "section", "context", "actions", "divider"]);
    expect(blocks[1]).toMatchObject({ text: { type: "mrkdwn", text: "*Situatie*\n• eerste punt\n• _tweede_ punt" } });
    expect(blocks[2]).toMatchObject({ fields: [{ text: "*Regel*\nKostendelersnorm" }, { text: "*Urgentie*\n–" }] });
    expect(blocks[4]).toMatchObject({ elements: [{ action_id: "case.take", value: "1", style: "primary" }, { action_id: "case.close" }] });
    expectValidMessage(blocks);
  });

  it("escapes Slack's control characters so user text cannot notify a channel", () => {
    const [section] = render({ type: "text", text: "<!channel> a & b > c" });
    expect(section).toMatchObject({ text: { text: "&lt;!channel&gt; a &amp; b &gt; c" } });
    expect(toFallbackText({ text: "<!here>", blocks: [] })).toBe("&lt;!here&gt;");
  });

  it("splits text longer than a section into more sections without losing words", () => {
    const paragraph = "De bedoeling gaat voor de letter van de regel. ".repeat(150);
    const sections = render({ type: "text", text: paragraph });
    expect(sections.length).toBeGreaterThan(2);
    expectValidMessage(sections);
    const joined = sections.map((block) => (block as { text: { text: string } }).text.text).join(" ");
    expect(joined.trim().split(/\s+/).length).toBe(paragraph.trim().split(/\s+/).length);
  });

  it("clips headers to 150 characters and button labels to 75", () => {
    const blocks = render({ type: "heading", text: "H".repeat(400) }, { type: "buttons", buttons: [{ label: "K".repeat(200), action: "answer.open", value: "7" }] });
    expect((blocks[0] as { text: { text: string } }).text.text).toHaveLength(150);
    expectValidMessage(blocks);
  });

  it("puts at most 10 fields in a section and 25 buttons in an actions block, keeping action ids unique", () => {
    const fields = Array.from({ length: 23 }, (_, index) => ({ label: `Veld ${index}`, value: "x".repeat(2500) }));
    const buttons = Array.from({ length: 30 }, (_, index) => ({ label: `Knop ${index}`, action: "case.take", value: String(index) }));
    const blocks = render({ type: "fields", fields }, { type: "buttons", buttons });
    expect(blocks.map((block) => block.type)).toEqual(["section", "section", "section", "actions", "actions"]);
    expectValidMessage(blocks);
  });

  it("drops empty text and headings instead of sending blocks Slack refuses", () => {
    expect(render({ type: "text", text: "  " }, { type: "heading", text: "" }, { type: "context", text: "" }, { type: "buttons", buttons: [] })).toEqual([]);
  });

  it("pages a digest-sized message into messages of at most 50 valid blocks", () => {
    const digest: Block[] = [{ type: "heading", text: "Weekoverzicht Klantcontactcentrum" }];
    for (let week = 0; week < 40; week += 1) {
      digest.push(
        { type: "text", text: `*Casus G-2026-${String(week).padStart(4, "0")}* ${"Besloten met onderbouwing. ".repeat(60)}` },
        { type: "fields", fields: [{ label: "Regel", value: "Kostendelersnorm" }, { label: "Leeftijd", value: `${week} dagen` }] },
        { type: "divider" },
      );
    }
    const blocks = toBlockKit({ text: "Weekoverzicht", blocks: digest });
    const pages = paginateBlocks(blocks);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expectValidMessage(page);
    for (const page of pages.slice(1)) expect(page[0]?.type).not.toBe("divider");
    expect(pages.flat().length).toBeLessThanOrEqual(blocks.length);
    expect(pages.flat().filter((block) => block.type !== "divider")).toHaveLength(blocks.filter((block) => block.type !== "divider").length);
  });
});
