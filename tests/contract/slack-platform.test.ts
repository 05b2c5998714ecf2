import type { MessageRef } from "../../src/chat/vocabulary.ts";
import { ScriptedBot, startSlackHarness } from "../adapters/slack/slack-harness.ts";
import type { FakeMessage, FakeSlackApi } from "../support/fake-slack-api.ts";
import { describeChatPlatformContract } from "./chat-platform-contract.ts";
import type { PlatformTraits, PlatformView } from "./platform-under-test.ts";

const CHANNEL = "C0KCC";
const GONE = "C0GEARCHIVEERD";

/** A message's blocks as Slack shows them: headers, sections, fields, context and button labels, unescaped. */
function shownText(message: FakeMessage): string {
  const texts = message.blocks.flatMap((block) => {
    const text = (block.text as { text?: string } | undefined)?.text;
    const fields = ((block.fields as { text: string }[] | undefined) ?? []).map((field) => field.text);
    const elements = ((block.elements as { text: string | { text: string } }[] | undefined) ?? []).map((element) =>
      typeof element.text === "string" ? element.text : element.text.text,
    );
    return [...(text === undefined ? [] : [text]), ...fields, ...elements];
  });
  return texts.join("\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function viewOf(fake: FakeSlackApi): PlatformView {
  const find = (ref: MessageRef) => fake.messages.find((message) => message.channel === ref.conversationId && message.ts === ref.messageId);
  return {
    textOf: (ref) => {
      const found = find(ref);
      return found && shownText(found);
    },
    topLevelIn: (channel) => fake.messagesIn(channel).map(shownText),
    repliesTo: (parent) => fake.repliesTo(parent.conversationId, parent.messageId).map(shownText),
    directsTo: (user) => fake.messagesIn(fake.directChannelOf(user.id)).map(shownText),
    // Pictures and files go into the message's thread (Block Kit shows images only from a public URL).
    filesOf: (ref) =>
      fake.filesIn(ref.conversationId, ref.threadId ?? ref.messageId).flatMap((file) => (file.bytes ? [{ bytes: file.bytes, alt: file.altText }] : [])),
  };
}

// Every post carries its delivery key in the message's metadata, so Slack can be searched for it.
const traits: PlatformTraits = { unknownConversation: { id: GONE, code: "slack_api_error" }, findsEarlierPosts: true };

describeChatPlatformContract("Slack (real adapter, fake Web API)", traits, async () => {
  const harness = await startSlackHarness(new ScriptedBot());
  harness.fake.missingChannels.add(GONE);
  return {
    platform: harness.adapter.platform,
    view: viewOf(harness.fake),
    conversation: { id: CHANNEL, members: harness.fake.memberCount },
    person: { user: { platform: "slack", id: "U0ANNA" }, displayName: "Anna" },
    close: () => harness.close(),
  };
});
