import type { Place } from "../../src/chat/vocabulary.ts";
import { SlackError } from "./slack-errors.ts";

/** Slack keeps at most 3000 characters of private_metadata per view. */
export const PRIVATE_METADATA_LIMIT = 3000;

/**
 * What a modal carries back on submit: the form's own context, and where it was opened, because a
 * view_submission payload does not say which conversation the person was in.
 */
export interface ModalMetadata {
  context: string;
  place: Place;
}

export function encodeModalMetadata(metadata: ModalMetadata): string {
  const { context, place } = metadata;
  const encoded = JSON.stringify({
    c: context,
    ch: place.conversationId,
    ts: place.message?.messageId,
    th: place.message?.threadId,
  });
  if (encoded.length > PRIVATE_METADATA_LIMIT) {
    throw new SlackError("slack_invalid_content", "views.open", `form context is ${encoded.length} characters; Slack keeps ${PRIVATE_METADATA_LIMIT}`);
  }
  return encoded;
}

/** Tolerant: a view opened by an older version, or by hand, gives an empty context and no place. */
export function decodeModalMetadata(text: string): ModalMetadata {
  try {
    const raw = JSON.parse(text) as { c?: unknown; ch?: unknown; ts?: unknown; th?: unknown };
    const conversationId = typeof raw.ch === "string" ? raw.ch : undefined;
    const place: Place = { conversationId };
    if (conversationId && typeof raw.ts === "string") {
      place.message = { platform: "slack", conversationId, messageId: raw.ts, threadId: typeof raw.th === "string" ? raw.th : undefined };
    }
    return { context: typeof raw.c === "string" ? raw.c : "", place };
  } catch {
    return { context: "", place: {} };
  }
}
