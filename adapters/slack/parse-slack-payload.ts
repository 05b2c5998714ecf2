import { z } from "zod";
import { readViewValues, viewStateSchema } from "./read-view-values.ts";
import type { SlackPayload } from "./slack-payload.ts";

// Only the parts of Slack's payloads we use; everything else is ignored. Shapes:
// https://docs.slack.dev/interactivity/implementing-slash-commands, .../reference/interaction-payloads,
// https://docs.slack.dev/reference/events/app_home_opened
const id = z.string().min(1);

const slashCommand = z.object({ command: id, text: z.string().default(""), user_id: id, channel_id: id, trigger_id: id });

const blockActions = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id }),
  trigger_id: id,
  container: z.object({
    type: z.string(),
    message_ts: z.string().optional(),
    channel_id: z.string().optional(),
    thread_ts: z.string().optional(),
    view_id: z.string().optional(),
  }),
  channel: z.object({ id }).optional(),
  view: z.object({ id }).optional(),
  actions: z.array(z.object({ action_id: id, type: z.string(), value: z.string().optional(), action_ts: z.string() })).min(1),
});

const viewSubmission = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id }),
  trigger_id: z.string().default(""),
  view: z.object({
    id,
    hash: z.string().default(""),
    callback_id: z.string().default(""),
    private_metadata: z.string().default(""),
    state: viewStateSchema,
  }),
});

const messageAction = z.object({
  type: z.literal("message_action"),
  callback_id: id,
  trigger_id: id,
  user: z.object({ id }),
  channel: z.object({ id }),
  message: z.object({ ts: id, text: z.string().default(""), thread_ts: z.string().optional() }),
});

const eventCallback = z.object({
  type: z.literal("event_callback"),
  event_id: id,
  event: z.object({ type: z.string(), user: z.string().optional(), tab: z.string().optional() }),
});

const urlVerification = z.object({ type: z.literal("url_verification"), challenge: z.string() });

/** Turns a raw body (as Bolt parsed it: the form fields of a command, or the JSON payload) into a SlackPayload. */
export function parseSlackPayload(body: unknown): SlackPayload {
  const type = typeof body === "object" && body !== null ? (body as { type?: unknown }).type : undefined;
  switch (type) {
    case "block_actions":
      return parseWith(blockActions, body, (raw) => {
        const action = raw.actions[0]!;
        const container = raw.container;
        const isMessage = container.type === "message" && container.message_ts !== undefined;
        return {
          kind: "button",
          userId: raw.user.id,
          triggerId: raw.trigger_id,
          actionId: action.action_id,
          value: action.value,
          actionTs: action.action_ts,
          channelId: container.channel_id ?? raw.channel?.id,
          messageTs: isMessage ? container.message_ts : undefined,
          threadTs: isMessage && container.thread_ts !== container.message_ts ? container.thread_ts : undefined,
          viewId: container.view_id ?? raw.view?.id,
        };
      });
    case "view_submission":
      return parseWith(viewSubmission, body, ({ user, trigger_id, view }) => ({
        kind: "view-submission",
        userId: user.id,
        triggerId: trigger_id,
        viewId: view.id,
        viewHash: view.hash,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: readViewValues(view.state),
      }));
    case "message_action":
      return parseWith(messageAction, body, (raw) => ({
        kind: "message-shortcut",
        userId: raw.user.id,
        triggerId: raw.trigger_id,
        callbackId: raw.callback_id,
        channelId: raw.channel.id,
        messageTs: raw.message.ts,
        threadTs: raw.message.thread_ts !== raw.message.ts ? raw.message.thread_ts : undefined,
        messageText: raw.message.text,
      }));
    case "event_callback":
      return parseWith(eventCallback, body, ({ event, event_id }) =>
        event.type === "app_home_opened" && event.user
          ? { kind: "home-opened", userId: event.user, tab: event.tab ?? "home", eventId: event_id }
          : { kind: "unsupported", type: `event:${event.type}` },
      );
    case "url_verification":
      return parseWith(urlVerification, body, ({ challenge }) => ({ kind: "url-verification", challenge }));
    case undefined:
      return parseWith(slashCommand, body, (raw) => ({
        kind: "slash-command",
        userId: raw.user_id,
        channelId: raw.channel_id,
        command: raw.command,
        text: raw.text,
        triggerId: raw.trigger_id,
      }));
    default:
      return { kind: "unsupported", type: String(type) };
  }
}

function parseWith<S extends z.ZodType>(schema: S, body: unknown, build: (raw: z.infer<S>) => SlackPayload): SlackPayload {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { kind: "unsupported", type: `malformed:${String((body as { type?: unknown }).type ?? "command")}` };
  return build(parsed.data);
}
