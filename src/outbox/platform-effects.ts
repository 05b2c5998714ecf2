import type { Core } from "../dispatch/core.ts";
import type { Message, MessageRef, Platform, UserRef } from "../chat/vocabulary.ts";
import { formatUser, parseUser } from "../chat/vocabulary.ts";
import { enqueue } from "./outbox-store.ts";
import type { DeliveryKeys, OutboxTask } from "./outbox-worker.ts";

// The effects every feature uses: a post (or thread reply), a message update, a direct message.
// Enqueue them inside the transaction that saves the change they show.

export function enqueuePost(core: Core, platform: Platform, conversationId: string, message: Message, threadId?: string): number {
  return enqueue(core.db, { lane: `${platform}:${conversationId}`, kind: "post", args: { platform, conversationId, threadId, message } }, core.clock.now());
}

export function enqueueUpdate(core: Core, ref: MessageRef, message: Message): number {
  return enqueue(core.db, { lane: `${ref.platform}:${ref.conversationId}`, kind: "update", args: { ref, message } }, core.clock.now());
}

export function enqueueDirect(core: Core, user: UserRef, message: Message): number {
  return enqueue(core.db, { lane: `direct:${formatUser(user)}`, kind: "direct", args: { user: formatUser(user), message } }, core.clock.now());
}

export function connectedPlatform(core: Core, platform: Platform) {
  const found = core.platforms.get(platform);
  if (!found) throw Object.assign(new Error(`${platform} is not connected in this process`), { code: "platform_not_connected" });
  return found;
}

export function platformTasks(core: Core): Record<string, OutboxTask> {
  return {
    post: async (args, delivery: DeliveryKeys) => {
      const { platform, conversationId, threadId, message } = args as { platform: Platform; conversationId: string; threadId?: string; message: Message };
      await connectedPlatform(core, platform).post(conversationId, message, threadId, delivery("post"));
    },
    update: async (args) => {
      const { ref, message } = args as { ref: MessageRef; message: Message };
      await connectedPlatform(core, ref.platform).update(ref, message);
    },
    direct: async (args, delivery) => {
      const { message } = args as { message: Message };
      const user = parseUser(String(args.user));
      if (!user) return;
      await connectedPlatform(core, user.platform).sendDirect(user, message, delivery("direct"));
    },
  };
}
