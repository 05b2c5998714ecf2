import type { Block, Button, Message } from "../../src/chat/vocabulary.ts";
import { toCardMarkdown } from "./to-card-markdown.ts";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: "Full" };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
/**
 * Teams shows pictures up to 1 MB, and a base64 image does not count towards the message size limit
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages). A larger
 * one is left out and its text alternative shown instead.
 */
export const CARD_IMAGE_LIMIT_BYTES = 1_000_000;
/** Teams renders 1.5 on desktop, web and mobile. */
export const CARD_VERSION = "1.5";

/**
 * Where the card is shown decides what its buttons do: in a chat or channel a button opens a dialog
 * (task/fetch, so the answer is only seen by the person who pressed it); inside a dialog a button
 * submits the dialog (task/submit).
 */
export type ButtonPlacement = "chat" | "dialog";

export function emptyCard(body: CardElement[], fallbackText?: string): AdaptiveCardJson {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body,
    ...(fallbackText ? { fallbackText } : {}),
    msteams: { width: "Full" },
  };
}

/** A neutral message as an Adaptive Card; pure, so every card can be checked in tests. */
export function toAdaptiveCard(message: Message, placement: ButtonPlacement = "chat"): AdaptiveCardJson {
  const body: CardElement[] = [];
  let separateNext = false;
  for (const block of message.blocks) {
    if (block.type === "divider") {
      separateNext = body.length > 0;
      continue;
    }
    const element = toElement(block, placement);
    if (separateNext) Object.assign(element, { separator: true, spacing: "medium" });
    separateNext = false;
    body.push(element);
  }
  if (body.length === 0) body.push(textBlock(message.text));
  return emptyCard(body, message.text);
}

function toElement(block: Exclude<Block, { type: "divider" }>, placement: ButtonPlacement): CardElement {
  switch (block.type) {
    case "heading":
      return { type: "TextBlock", text: block.text, size: "large", weight: "bolder", wrap: true };
    case "text":
      return textBlock(block.text);
    case "fields":
      return {
        type: "FactSet",
        facts: block.fields.map((field) => ({ title: field.label, value: toCardMarkdown(field.value) })),
      };
    case "context":
      return { type: "TextBlock", text: toCardMarkdown(block.text), size: "small", isSubtle: true, wrap: true };
    case "buttons":
      return { type: "ActionSet", actions: block.buttons.map((button) => toAction(button, placement)) };
    case "image":
      return toImage(block);
    case "file":
      // A bot can put a file only in a personal chat (with the person's consent), not in a channel: say where it is.
      return textBlock(`*${block.title}*\n${block.text}`);
  }
}

/** A chart as an Image with a data URL; its text alternative is the Image's altText (read out by screen readers). */
function toImage(block: Extract<Block, { type: "image" }>): CardElement {
  if ((block.png.length * 3) / 4 > CARD_IMAGE_LIMIT_BYTES) return textBlock(`*${block.title}*\n${block.alt}`);
  return { type: "Image", url: `data:image/png;base64,${block.png}`, altText: block.alt, size: "stretch" };
}

export function textBlock(text: string): CardElement {
  return { type: "TextBlock", text: toCardMarkdown(text), wrap: true };
}

/** Button data is {action, value}; in a chat it also asks Teams to open a dialog with the answer. */
export function toAction(button: Button, placement: ButtonPlacement): CardElement {
  const data: Record<string, unknown> = { action: button.action };
  if (button.value !== undefined) data.value = button.value;
  if (placement === "chat") data.msteams = { type: "task/fetch" };
  const action: CardElement = { type: "Action.Submit", title: button.label, data };
  if (button.style) action.style = button.style === "primary" ? "positive" : "destructive";
  return action;
}

/**
 * The message activity that carries one card; `summary` is what notifications and screen readers show.
 * An empty one is left out: the SDK refuses empty strings in an activity.
 */
export function cardActivity(card: AdaptiveCardJson, summary: string): { type: "message"; summary?: string; attachments: { contentType: string; content: AdaptiveCardJson }[] } {
  return { type: "message", ...(summary ? { summary: summary.slice(0, 250) } : {}), attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}
