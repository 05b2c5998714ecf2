// Text as Slack shows it. Our markup (*bold*, _italic_, "- " lists) is already mrkdwn; what must
// change is escaping: &, < and > are control characters in Slack text, and unescaped they would let
// user text like "<!channel>" notify a whole channel.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

export function toMrkdwn(text: string): string {
  return escapeControl(text).replace(/^- /gm, "• ");
}

export function escapeControl(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** For plain_text objects (headers, labels, buttons): no markup, no escaping. */
export function toPlainText(text: string): string {
  return text.replace(/\*([^*\n]+)\*/g, "$1").replace(/(^|\s)_([^_\n]+)_/g, "$1$2");
}

/** Shortens to at most `max` characters, ending with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Splits mrkdwn into parts of at most `max` characters, at a line break or space where possible. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = safeCut(rest, max);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.trim().length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** A hard cut that does not split an escape such as "&amp;". */
function safeCut(text: string, max: number): number {
  const amp = text.lastIndexOf("&", max - 1);
  return amp > max - 5 && !text.slice(amp, max).includes(";") ? amp : max;
}

/** Slack's rendering of a message back into readable text: links, mentions and escapes. */
export function fromSlackText(text: string): string {
  return text
    .replace(/<([^>|]+)\|([^>]+)>/g, "$2")
    .replace(/<[@#!]([^>]+)>/g, "@$1")
    .replace(/<([^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
