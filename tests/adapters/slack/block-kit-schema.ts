import { z } from "zod";

// The subset of Block Kit we send, with Slack's documented limits
// (https://docs.slack.dev/reference/block-kit/blocks, .../composition-objects, .../block-elements,
// .../views/modal-views). Strict objects, so a misspelt or unexpected field fails the test too.

const plainText = (max: number) =>
  z.strictObject({ type: z.literal("plain_text"), text: z.string().min(1).max(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) => z.strictObject({ type: z.literal("mrkdwn"), text: z.string().min(1).max(max) });
const id = z.string().min(1).max(255);

const button = z.strictObject({
  type: z.literal("button"),
  text: plainText(75),
  action_id: id,
  value: z.string().min(1).max(2000).optional(),
  style: z.enum(["primary", "danger"]).optional(),
});

export const messageBlockSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("header"), text: plainText(150) }),
  z
    .strictObject({ type: z.literal("section"), text: mrkdwn(3000).optional(), fields: z.array(mrkdwn(2000)).min(1).max(10).optional() })
    .refine((section) => section.text || section.fields, "a section needs text or fields"),
  z.strictObject({ type: z.literal("context"), elements: z.array(mrkdwn(3000)).min(1).max(10) }),
  z.strictObject({ type: z.literal("actions"), elements: z.array(button).min(1).max(25) }),
  z.strictObject({ type: z.literal("divider") }),
]);

const uniqueActionIds = (blocks: z.infer<typeof messageBlockSchema>[]) => {
  const ids = blocks.flatMap((block) => (block.type === "actions" ? block.elements.map((element) => element.action_id) : []));
  return new Set(ids).size === ids.length;
};

/** One message: at most 50 blocks, action ids unique. */
export const messageBlocksSchema = z.array(messageBlockSchema).max(50).refine(uniqueActionIds, "action ids must be unique");

/** The App Home: at most 100 blocks. */
export const homeViewSchema = z.strictObject({
  type: z.literal("home"),
  blocks: z.array(messageBlockSchema).max(100).refine(uniqueActionIds, "action ids must be unique"),
});

const option = z.strictObject({ text: plainText(75), value: z.string().min(1).max(150) });

const inputElement = z.discriminatedUnion("type", [
  z
    .strictObject({
      type: z.literal("plain_text_input"),
      action_id: id,
      multiline: z.boolean().optional(),
      max_length: z.number().int().min(1).max(3000).optional(),
      initial_value: z.string().optional(),
    })
    .refine((input) => (input.initial_value?.length ?? 0) <= (input.max_length ?? 3000), "initial value longer than max_length"),
  z
    .strictObject({ type: z.literal("static_select"), action_id: id, options: z.array(option).min(1).max(100), initial_option: option.optional() })
    .refine((select) => !select.initial_option || select.options.some((o) => o.value === select.initial_option!.value), "initial option not offered"),
  z.strictObject({ type: z.literal("checkboxes"), action_id: id, options: z.array(option).min(1).max(10), initial_options: z.array(option).optional() }),
  z.strictObject({ type: z.literal("datepicker"), action_id: id, initial_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
]);

const modalBlock = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("section"), text: mrkdwn(3000) }),
  z.strictObject({
    type: z.literal("input"),
    block_id: id,
    label: plainText(2000),
    hint: plainText(2000).optional(),
    optional: z.boolean(),
    element: inputElement,
  }),
]);

export const modalViewSchema = z.strictObject({
  type: z.literal("modal"),
  callback_id: id,
  private_metadata: z.string().max(3000),
  title: plainText(24),
  submit: plainText(24),
  close: plainText(24),
  blocks: z.array(modalBlock).min(1).max(100),
});
