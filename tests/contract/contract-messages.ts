import type { Message } from "../../src/chat/vocabulary.ts";

// Texts as Dutch public organisations write them: accents and diaeresis, curly apostrophes, euro signs,
// emoji with skin tones and flags, and "&" (which Slack must escape, so the text grows on the way).

const SENTENCES = [
  "De cliënt belde drie keer over zijn uitkering van Werk & Inkomen; één keer terugbellen was genoeg geweest.",
  "Coördinatie tussen het KCC en de Wmo-consulent liep via een café-overleg in ’s-Hertogenbosch 🚲.",
  "Geïnteresseerde collega’s reageerden met 👍🏽 en vroegen naar de bedoeling van de regel.",
  "De naïeve lezing van de regel kostte de inwoner € 1.250,50 en een week onzekerheid 🇳🇱.",
];

/** `count` sentences in turn, in paragraphs of four, so a platform can break the text at its own limit. */
function sentences(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) lines.push(`${index + 1}. ${SENTENCES[index % SENTENCES.length]}`);
  return lines.map((line, index) => (index % 4 === 3 ? `${line}\n` : line)).join(" ");
}

/** Just under 3,000 characters: one Slack section as written, more than one once "&" is escaped. */
export const LONG_TEXT = sentences(32).slice(0, 2990).replace(/\s+\S*$/, "");
/** Well past one section's limit (about 7,000 characters). */
export const SECOND_LONG_TEXT = sentences(66);

export function dutchMessage(text: string): Message {
  return { text, blocks: [{ type: "text", text }] };
}

/** A 1×1 PNG, as small as a chart can be. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}
