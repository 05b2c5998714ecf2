/** What Slack sent, in the adapter's own words: one union with a `kind`, parsed from the raw payload. */
export type SlackPayload =
  | { kind: "slash-command"; userId: string; channelId: string; command: string; text: string; triggerId: string }
  | {
      kind: "button";
      userId: string;
      triggerId: string;
      actionId: string;
      value?: string;
      actionTs: string;
      /** Set for a button on a message. */
      channelId?: string;
      messageTs?: string;
      threadTs?: string;
      /** Set for a button in a view (the App Home or a modal). */
      viewId?: string;
    }
  | {
      kind: "view-submission";
      userId: string;
      triggerId: string;
      viewId: string;
      viewHash: string;
      callbackId: string;
      privateMetadata: string;
      values: Record<string, string>;
    }
  | {
      kind: "message-shortcut";
      userId: string;
      triggerId: string;
      callbackId: string;
      channelId: string;
      messageTs: string;
      threadTs?: string;
      messageText: string;
    }
  | { kind: "home-opened"; userId: string; tab: string; eventId: string }
  | { kind: "url-verification"; challenge: string }
  | { kind: "unsupported"; type: string };
