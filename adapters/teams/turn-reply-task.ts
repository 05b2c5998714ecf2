import type { CloudAdapter } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import type { OutboxTask } from "../../src/outbox/outbox-worker.ts";
import type { ReplyLanes } from "./reply-lanes.ts";
import { statusOf, toTeamsError } from "./teams-error.ts";
import type { TurnReplyArgs } from "./turn-sends.ts";

interface ReplyConnector {
  replyToActivity(conversationId: string, activityId: string, activity: object): Promise<unknown>;
  sendToConversation(conversationId: string, activity: object): Promise<unknown>;
  updateActivity(conversationId: string, activityId: string, activity: object): Promise<unknown>;
}

/**
 * Delivers a turn's reply after the turn: the conversation is continued and the reply sent as the turn
 * would have sent it, after any reply that a later turn is sending within itself right now.
 */
export function turnReplyTask(cloud: CloudAdapter, appId: string, lanes: ReplyLanes, logger: Logger): OutboxTask {
  return async (args) => {
    const { reference, activity, isUpdate } = args as unknown as TurnReplyArgs;
    const conversationId = reference.conversation.id;
    await lanes.settled(conversationId);
    try {
      await cloud.continueConversation(appId || {}, reference, async (context) => {
        const connector = context.turnState.get(cloud.ConnectorClientKey) as ReplyConnector;
        if (isUpdate) await connector.updateActivity(conversationId, activity.id!, activity);
        else if (activity.replyToId) await connector.replyToActivity(conversationId, activity.replyToId, activity);
        else await connector.sendToConversation(conversationId, activity);
      });
    } catch (error) {
      // A card someone deleted cannot be replaced; the person got their answer in the dialog.
      if (isUpdate && statusOf(error) === 404) return void logger.warn({ conversation: conversationId }, "Teams form card not replaced: it is gone");
      throw toTeamsError(error, isUpdate ? "Teams card update" : "Teams reply");
    }
  };
}
