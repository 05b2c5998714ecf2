import type { MessageRef } from "../../src/chat/vocabulary.ts";
import { cardOf, cardText } from "../adapters/teams/read-card.ts";
import { teamInstall } from "../adapters/teams/teams-activities.ts";
import { CHANNELS, PEOPLE, startTeamsHarness } from "../adapters/teams/teams-harness.ts";
import type { FakeBotConnector, StoredMessage } from "../support/fake-bot-connector.ts";
import { describeChatPlatformContract } from "./chat-platform-contract.ts";
import type { DeliveredFile, PlatformTraits, PlatformView } from "./platform-under-test.ts";

/** The pictures in a message's card (Image elements with a data URL), with their altText. */
function picturesIn(message: StoredMessage): DeliveredFile[] {
  const body = (cardOf(message.activity)?.body as Record<string, unknown>[] | undefined) ?? [];
  return body.flatMap((element) => {
    const url = String(element.url ?? "");
    if (element.type !== "Image" || !url.startsWith("data:image/png;base64,")) return [];
    return [{ bytes: Buffer.from(url.slice("data:image/png;base64,".length), "base64"), alt: element.altText as string | undefined }];
  });
}

function viewOf(connector: FakeBotConnector): PlatformView {
  const shown = (message: StoredMessage) => cardText(cardOf(message.activity));
  const find = (ref: MessageRef) => {
    const found = connector.messages.get(ref.messageId);
    return found?.conversationId === ref.conversationId ? found : undefined;
  };
  return {
    textOf: (ref) => {
      const found = find(ref);
      return found && shown(found);
    },
    topLevelIn: (conversationId) => connector.messagesIn(conversationId).map(shown),
    repliesTo: (parent) => connector.repliesTo(parent.conversationId, parent.messageId).map(shown),
    // The person's own chat with the bot, which the fake connector names after them.
    directsTo: (user) => connector.messagesIn(`a:personal:${user.id}`).map(shown),
    filesOf: (ref) => {
      const found = find(ref);
      return found ? picturesIn(found) : [];
    },
  };
}

// The Bot Connector has neither an idempotency key nor a search (README: teams_delivery_unknown).
const traits: PlatformTraits = { unknownConversation: { id: "19:elders@thread.tacv2", code: "teams_conversation_unknown" }, findsEarlierPosts: false };

describeChatPlatformContract("Teams (real Agents SDK adapter, fake Bot Connector)", traits, async () => {
  const harness = await startTeamsHarness();
  // Teams lets a bot post only where the app is installed: here, the team of the kcc channels.
  for (const activity of teamInstall("lisa")) await harness.send(activity);
  return {
    platform: harness.adapter.platform,
    view: viewOf(harness.connector),
    conversation: { id: CHANNELS.triage, members: Object.keys(PEOPLE).length },
    person: { user: { platform: "msteams", id: PEOPLE.anna.id }, displayName: PEOPLE.anna.name },
    close: () => harness.close(),
  };
});
