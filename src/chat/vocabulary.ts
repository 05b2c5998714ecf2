// The neutral chat vocabulary shared by the core and every adapter.
// Platform words (view, block_actions, activity, invoke, Adaptive Card) stay under adapters/.

export type Platform = "slack" | "msteams" | "console";
export const PLATFORMS: readonly Platform[] = ["slack", "msteams", "console"];

export type Language = "nl" | "en";

/** A person on one platform. Written as "platform:id" in config and storage. */
export interface UserRef {
  platform: Platform;
  id: string;
}

/** Where a message lives. `threadId` is the parent message when the message is a thread reply. */
export interface MessageRef {
  platform: Platform;
  conversationId: string;
  messageId: string;
  threadId?: string;
}

/**
 * An idempotency key for a post, from the outbox. `mayExist` says an earlier attempt may have shown it
 * already (it was interrupted): a platform that can look for the key first does so instead of posting again.
 */
export interface Delivery {
  key: string;
  mayExist: boolean;
  /** When the effect was first written: an earlier post cannot be older than this. */
  since: string;
}

export type ButtonStyle = "primary" | "danger";

export interface Button {
  label: string;
  /** A route name such as "answer.open" or "case.take"; see src/dispatch/routes.ts. */
  action: string;
  value?: string;
  style?: ButtonStyle;
}

export type Block =
  | { type: "heading"; text: string }
  | { type: "text"; text: string }
  | { type: "fields"; fields: { label: string; value: string }[] }
  | { type: "context"; text: string }
  | { type: "buttons"; buttons: Button[] }
  | { type: "divider" }
  /** A picture (a chart): a PNG as base64, since the outbox stores messages as JSON; `alt` says what it shows. */
  | { type: "image"; png: string; alt: string; title: string }
  /**
   * A file to hand over (the quarterly poster): its bytes as base64, like an image. `text` says what it is
   * and where else to get it, for a platform that cannot take a file from a bot in that place.
   */
  | { type: "file"; filename: string; mediaType: string; content: string; title: string; text: string };

/**
 * A message to show. `text` is the plain-text summary (notifications, screen readers, fallbacks);
 * `blocks` is the structured body. Text may use *bold* and _italic_ and "- " list lines.
 */
export interface Message {
  text: string;
  blocks: Block[];
}

export interface Choice {
  value: string;
  label: string;
}

export type FieldKind = "text" | "textarea" | "select" | "checkbox" | "date";

export interface Field {
  name: string;
  label: string;
  kind: FieldKind;
  isRequired: boolean;
  hint?: string;
  maxLength?: number;
  choices?: Choice[];
  /** Prefilled value; for a checkbox "true" or "false". */
  initial?: string;
}

export interface Form {
  /** The route that receives the submission, e.g. "case.submit". */
  id: string;
  title: string;
  submitLabel: string;
  intro?: string;
  fields: Field[];
  /** Opaque state the core needs back on submit (kept under 2000 characters). */
  context: string;
}

/** Where an interaction happened. */
export interface Place {
  conversationId?: string;
  message?: MessageRef;
}

/**
 * How a platform recognises a delivery of this interaction that it makes again (a retry, a double
 * click): the core claims these keys in the transaction of its first write, and a delivery with a key
 * claimed before changes nothing twice. The adapter names the delivery (Slack's trigger or event id,
 * Teams' activity and conversation); the core stores only a keyed hash of each key, with the day.
 */
export interface DeliveryKeys {
  deliveryKeys?: readonly string[];
}

export type Interaction = DeliveryKeys &
  (
    | { kind: "command"; user: UserRef; place: Place; name: string; text: string }
    | { kind: "button"; user: UserRef; place: Place; action: string; value?: string }
    | {
        kind: "form-submit";
        user: UserRef;
        place: Place;
        formId: string;
        context: string;
        values: Record<string, string>;
      }
    | { kind: "home-opened"; user: UserRef }
  );

/** What should happen in answer to an interaction; the adapter does it the platform's way. */
export type Reply =
  /** Nothing to show; also the answer to a repeated delivery (see DeliveryKeys). */
  | { kind: "nothing" }
  | { kind: "open-form"; form: Form }
  | { kind: "form-errors"; errors: Record<string, string> }
  /** Close the form (if any) and show the user a message only they can see. */
  | { kind: "notice"; message: Message }
  | { kind: "show-home"; message: Message };

export function formatUser(user: UserRef): string {
  return `${user.platform}:${user.id}`;
}

export function parseUser(text: string): UserRef | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const platform = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!id || !(PLATFORMS as readonly string[]).includes(platform)) return undefined;
  return { platform: platform as Platform, id };
}

export function textMessage(text: string): Message {
  return { text, blocks: [{ type: "text", text }] };
}
