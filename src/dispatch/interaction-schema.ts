import { z } from "zod";
import { PLATFORMS } from "../chat/vocabulary.ts";

// Adapters translate platform payloads into interactions; this checks them once more at the core's
// door, so a malformed or oversized payload is refused before any handler sees it.
const user = z.object({ platform: z.enum(PLATFORMS), id: z.string().min(1).max(200) });
const place = z.object({
  conversationId: z.string().max(300).optional(),
  message: z
    .object({
      platform: z.enum(PLATFORMS),
      conversationId: z.string().max(300),
      messageId: z.string().max(300),
      threadId: z.string().max(300).optional(),
    })
    .optional(),
});

// A double click claims two keys (see adapters/slack/delivery-keys.ts); a few more leave room.
const deliveryKeys = z.array(z.string().min(1).max(1000)).max(4).optional();

export const interactionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("command"), user, place, name: z.string().max(50), text: z.string().max(2000), deliveryKeys }),
  z.object({
    kind: z.literal("button"),
    user,
    place,
    action: z.string().min(1).max(100),
    value: z.string().max(2000).optional(),
    deliveryKeys,
  }),
  z.object({
    kind: z.literal("form-submit"),
    user,
    place,
    formId: z.string().min(1).max(100),
    context: z.string().max(3000),
    values: z.record(z.string().max(100), z.string().max(20_000)),
    deliveryKeys,
  }),
  z.object({ kind: z.literal("home-opened"), user, deliveryKeys }),
]);
