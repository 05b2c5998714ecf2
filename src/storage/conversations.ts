import type { Db } from "./database.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { statement } from "./statements.ts";
import { startOfUtcDay } from "../time/day.ts";

export interface StoredConversation {
  platform: Platform;
  conversationId: string;
  kind: "channel" | "personal";
  userKey: string | null;
  reference: string;
  isReachable: boolean;
}

/** Conversation references an adapter needs to post later without being asked (proactive posts). */
export function rememberConversation(db: Db, conversation: Omit<StoredConversation, "isReachable">, now: Date): void {
  statement(
    db,
    `INSERT INTO conversations (platform, conversation_id, kind, user_key, reference, is_reachable, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?)
     ON CONFLICT (platform, conversation_id) DO UPDATE SET
       kind = excluded.kind, user_key = coalesce(excluded.user_key, user_key),
       reference = excluded.reference, is_reachable = 1, updated_at = excluded.updated_at`,
  ).run(
    conversation.platform,
    conversation.conversationId,
    conversation.kind,
    conversation.userKey,
    conversation.reference,
    // The day only: a personal chat's last use must not time-stamp what its person did (an anonymous case).
    startOfUtcDay(now),
  );
}

export function findConversation(db: Db, platform: Platform, conversationId: string): StoredConversation | undefined {
  const row = statement(db, "SELECT * FROM conversations WHERE platform = ? AND conversation_id = ?").get(platform, conversationId) as Record<string, unknown> | undefined;
  return row ? toConversation(row) : undefined;
}

export function findPersonalConversation(db: Db, platform: Platform, userKey: string): StoredConversation | undefined {
  const row = statement(db, "SELECT * FROM conversations WHERE platform = ? AND user_key = ? AND kind = 'personal' ORDER BY updated_at DESC LIMIT 1").get(platform, userKey) as Record<string, unknown> | undefined;
  return row ? toConversation(row) : undefined;
}

export function markUnreachable(db: Db, platform: Platform, conversationId: string, now: Date): void {
  statement(db, "UPDATE conversations SET is_reachable = 0, updated_at = ? WHERE platform = ? AND conversation_id = ?").run(
    now.toISOString(),
    platform,
    conversationId,
  );
}

export function listUnreachable(db: Db): StoredConversation[] {
  const rows = statement(db, "SELECT * FROM conversations WHERE is_reachable = 0").all() as Record<string, unknown>[];
  return rows.map(toConversation);
}

function toConversation(row: Record<string, unknown>): StoredConversation {
  return {
    platform: row.platform as Platform,
    conversationId: String(row.conversation_id),
    kind: row.kind as "channel" | "personal",
    userKey: (row.user_key as string | null) ?? null,
    reference: String(row.reference),
    isReachable: row.is_reachable === 1,
  };
}

/** The most recently refreshed reachable reference on a platform: a base to start new conversations from. */
export function latestConversation(db: Db, platform: Platform): StoredConversation | undefined {
  const row = statement(db, "SELECT * FROM conversations WHERE platform = ? AND is_reachable = 1 ORDER BY updated_at DESC LIMIT 1").get(platform) as Record<string, unknown> | undefined;
  return row ? toConversation(row) : undefined;
}
