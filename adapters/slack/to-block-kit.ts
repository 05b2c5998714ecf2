import type { types } from "@slack/bolt";
import type { Block, Button, Message } from "../../src/chat/vocabulary.ts";
import { clip, splitText, toMrkdwn, toPlainText } from "./slack-markup.ts";
import { SlackError } from "./slack-errors.ts";

/** Block Kit limits we render within (https://docs.slack.dev/reference/block-kit/blocks). */
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  messageText: 3000,
} as const;

export type SlackBlock = types.KnownBlock;

/** Renders a neutral message as Block Kit blocks; may return more than fit one message (see paginateBlocks). */
export function toBlockKit(message: Message): SlackBlock[] {
  const actionIds = new Map<string, number>();
  return message.blocks.flatMap((block) => renderBlock(block, actionIds));
}

export type ImageBlock = Extract<Block, { type: "image" }>;

export function imagesOf(message: Message): ImageBlock[] {
  return message.blocks.filter((block): block is ImageBlock => block.type === "image");
}

export type FileBlock = Extract<Block, { type: "file" }>;

export function filesOf(message: Message): FileBlock[] {
  return message.blocks.filter((block): block is FileBlock => block.type === "file");
}

/** The message's plain summary for notifications and screen readers. */
export function toFallbackText(message: Message): string {
  return clip(toMrkdwn(message.text), BLOCK_KIT_LIMITS.messageText);
}

function renderBlock(block: Block, actionIds: Map<string, number>): SlackBlock[] {
  const L = BLOCK_KIT_LIMITS;
  switch (block.type) {
    case "heading":
      if (block.text.trim() === "") return [];
      return [{ type: "header", text: { type: "plain_text", text: clip(toPlainText(block.text), L.headerText), emoji: true } }];
    case "text":
      if (block.text.trim() === "") return [];
      return splitText(toMrkdwn(block.text), L.sectionText).map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
    case "fields":
      return chunk(block.fields, L.fieldsPerSection).map((fields) => ({
        type: "section",
        fields: fields.map((field) => ({
          type: "mrkdwn" as const,
          text: clip(`*${toMrkdwn(toPlainText(field.label))}*\n${toMrkdwn(field.value || "–")}`, L.fieldText),
        })),
      }));
    case "context":
      if (block.text.trim() === "") return [];
      return chunk(splitText(toMrkdwn(block.text), L.contextText), L.contextElements).map((texts) => ({
        type: "context",
        elements: texts.map((text) => ({ type: "mrkdwn" as const, text })),
      }));
    case "buttons":
      return chunk(block.buttons, L.actionsElements).map((buttons) => ({
        type: "actions",
        elements: buttons.map((button) => renderButton(button, actionIds)),
      }));
    case "divider":
      return [{ type: "divider" }];
    case "image":
    case "file":
      // Block Kit can only show an image from a public URL; ours, and files, go into the thread (upload-file.ts).
      return [];
  }
}

function renderButton(button: Button, actionIds: Map<string, number>): types.Button {
  const L = BLOCK_KIT_LIMITS;
  if ((button.value?.length ?? 0) > L.buttonValue || button.action.length > L.actionId - 4) {
    throw new SlackError("slack_invalid_content", "toBlockKit", `button ${button.action} does not fit Slack's limits`);
  }
  const element: types.Button = {
    type: "button",
    text: { type: "plain_text", text: clip(toPlainText(button.label), L.buttonText), emoji: true },
    action_id: uniqueActionId(button.action, actionIds),
  };
  if (button.value !== undefined && button.value !== "") element.value = button.value;
  if (button.style) element.style = button.style;
  return element;
}

/** Slack wants action ids unique within a message; repeats get "~2", "~3" (actionOf strips it). */
function uniqueActionId(action: string, seen: Map<string, number>): string {
  const count = (seen.get(action) ?? 0) + 1;
  seen.set(action, count);
  return count === 1 ? action : `${action}~${count}`;
}

/** Our action name from a Slack action_id. */
export function actionOf(actionId: string): string {
  return actionId.replace(/~\d+$/, "");
}

/** Splits blocks into message-sized pages; later pages go into the thread of the first. */
export function paginateBlocks(blocks: SlackBlock[], size: number = BLOCK_KIT_LIMITS.blocksPerMessage): SlackBlock[][] {
  if (blocks.length === 0) return [[]];
  const pages = chunk(blocks, size).map((page, index) => (index === 0 ? page : dropLeadingDividers(page)));
  return pages.filter((page, index) => index === 0 || page.length > 0);
}

function dropLeadingDividers(page: SlackBlock[]): SlackBlock[] {
  const first = page.findIndex((block) => block.type !== "divider");
  return first === -1 ? [] : page.slice(first);
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}
