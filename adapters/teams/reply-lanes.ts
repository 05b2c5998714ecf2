import type { Db } from "../../src/storage/database.ts";
import { statement } from "../../src/storage/statements.ts";

/** A channel thread is paced and ordered as its channel: "19:…@thread.tacv2;messageid=…" → "19:…@thread.tacv2". */
export function baseConversationOf(conversationId: string): string {
  return conversationId.split(";")[0]!;
}

/** The outbox lane of a Teams conversation: the same lane as the core's posts to it. */
export function laneOf(conversationId: string): string {
  return `msteams:${baseConversationOf(conversationId)}`;
}

/**
 * Decides, per conversation, whether a turn's reply may go within the turn: only when nothing of that
 * conversation is being sent or waits in the outbox, and pacing lets it go at once. Otherwise it goes
 * through the outbox, after what waits there; outbox deliveries also wait for a send under way here.
 */
export class ReplyLanes {
  private readonly sending = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly hasRoom: (conversation: string) => boolean,
  ) {}

  isFree(conversationId: string): boolean {
    const base = baseConversationOf(conversationId);
    if (this.sending.has(base) || !this.hasRoom(base)) return false;
    return statement(this.db, "SELECT 1 FROM outbox WHERE lane = ? AND status = 'waiting' LIMIT 1").get(laneOf(conversationId)) === undefined;
  }

  /** Runs a send within the turn; call it right after `isFree`, without awaiting anything in between. */
  async hold<T>(conversationId: string, send: () => Promise<T>): Promise<T> {
    const base = baseConversationOf(conversationId);
    const sent = send();
    const settled = sent.then(
      () => undefined,
      () => undefined,
    );
    this.sending.set(base, settled);
    try {
      return await sent;
    } finally {
      if (this.sending.get(base) === settled) this.sending.delete(base);
    }
  }

  /** Resolves once a send within a turn to this conversation, if one is under way, has finished. */
  settled(conversationId: string): Promise<void> {
    return this.sending.get(baseConversationOf(conversationId)) ?? Promise.resolve();
  }
}
