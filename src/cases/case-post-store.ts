import type { Db } from "../storage/database.ts";
import type { MessageRef, Platform } from "../chat/vocabulary.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

/** Where a case's parent message lives on each platform; its thread holds the discussion. */
export function saveCasePost(db: Db, caseId: number, ref: MessageRef): void {
  statement(db, "INSERT OR REPLACE INTO case_posts (case_id, platform, conversation_id, message_id) VALUES (?, ?, ?, ?)").run(caseId, ref.platform, ref.conversationId, ref.messageId);
}

export function listCasePosts(db: Db, caseId: number): MessageRef[] {
  const rows = statement(db, "SELECT * FROM case_posts WHERE case_id = ?").all(caseId) as Record<string, string>[];
  return rows.map(toMessageRef);
}

export function findCaseByPost(db: Db, platform: Platform, messageId: string): number | undefined {
  return statement(db, "SELECT case_id FROM case_posts WHERE platform = ? AND message_id = ?").pluck().get(platform, messageId) as
    | number
    | undefined;
}
