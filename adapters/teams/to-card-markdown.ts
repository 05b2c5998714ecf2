/**
 * The core writes chat markup the Slack way (*bold*, _italic_, "- " lists). Adaptive Card TextBlocks
 * speak a small Markdown subset where bold is **bold**; italics and lists already match.
 * https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/text-features
 */
export function toCardMarkdown(text: string): string {
  return text.replace(/(^|[^*\w])\*([^*\n]+?)\*(?=[^*\w]|$)/gm, "$1**$2**");
}
