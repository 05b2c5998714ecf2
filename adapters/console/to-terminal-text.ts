import type { Block, Message } from "../../src/chat/vocabulary.ts";

/** Renders a message for the terminal; buttons get the numbers people type after /knop. */
export function toTerminalText(message: Message, numberOf: (blockIndex: number, buttonIndex: number) => number): string {
  return message.blocks.map((block, index) => renderBlock(block, (button) => numberOf(index, button))).join("\n");
}

function renderBlock(block: Block, numberOf: (buttonIndex: number) => number): string {
  switch (block.type) {
    case "heading":
      return `== ${block.text} ==`;
    case "text":
      return plain(block.text);
    case "fields":
      return block.fields.map((field) => `${field.label}: ${plain(field.value)}`).join("\n");
    case "context":
      return `  (${plain(block.text)})`;
    case "buttons":
      return block.buttons.map((button, index) => `[${numberOf(index)}] ${button.label}`).join("  ");
    case "divider":
      return "----";
    case "image":
      return `[${block.title}] ${block.alt}`;
    case "file":
      return `[${block.title}] ${block.filename}`;
  }
}

/** Chat markup (*bold*, _italic_, `code`) reads fine without its markers in a terminal. */
function plain(text: string): string {
  return text.replace(/\*([^*\n]+)\*/g, "$1").replace(/(^|\s)_([^_\n]+)_/g, "$1$2").replace(/`([^`\n]+)`/g, "$1");
}
