import type { MessageRef } from "../../src/chat/vocabulary.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { describeChatPlatformContract } from "./chat-platform-contract.ts";
import type { DeliveredFile, PlatformView } from "./platform-under-test.ts";

// The in-memory platform the core's tests use: if it kept a promise the real ones break (or the other
// way round), those tests would prove less than they seem to.

function viewOf(platform: RecordingPlatform): PlatformView {
  const find = (ref: MessageRef) => platform.posts.find((post) => post.ref.messageId === ref.messageId);
  return {
    textOf: (ref) => {
      const found = find(ref);
      return found && allText(found.message);
    },
    topLevelIn: (conversationId) => platform.textOf(conversationId),
    repliesTo: (parent) =>
      platform.posts.filter((post) => post.ref.conversationId === parent.conversationId && post.ref.threadId === parent.messageId).map((post) => allText(post.message)),
    directsTo: (user) => platform.directs.filter((direct) => direct.user.id === user.id).map((direct) => allText(direct.message)),
    filesOf: (ref) =>
      (find(ref)?.message.blocks ?? []).flatMap((block): DeliveredFile[] => {
        if (block.type === "image") return [{ bytes: Buffer.from(block.png, "base64"), alt: block.alt }];
        if (block.type === "file") return [{ bytes: Buffer.from(block.content, "base64") }];
        return [];
      }),
  };
}

describeChatPlatformContract("the recording platform", { unknownConversation: "every", findsEarlierPosts: false }, async () => {
  const platform = new RecordingPlatform("console", 10);
  return {
    platform,
    view: viewOf(platform),
    conversation: { id: "#kcc", members: 10 },
    person: { user: { platform: "console", id: "anna" }, displayName: "anna" },
    close: async () => undefined,
  };
});
