import type { MessageRef } from "../chat/vocabulary.ts";
import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import { toMessageRef } from "../storage/message-ref-row.ts";

/** The team's own one-line bedoeling. Setting it counts as affirming it (confirmed by whoever set it). */
export interface Purpose {
  team: string;
  text: string;
  setBy: string | null;
  setAt: string;
  /** Null while this quarter's question ("klopt onze bedoeling nog?") waits for an answer. */
  confirmedBy: string | null;
  confirmedAt: string | null;
  checkedQuarter: string | null;
}

export function findPurpose(db: Db, team: string): Purpose | undefined {
  const row = statement(db, "SELECT * FROM team_purposes WHERE team = ?").get(team) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  return {
    team: String(row.team),
    text: String(row.text),
    setBy: (row.set_by as string | null) ?? null,
    setAt: String(row.set_at),
    confirmedBy: (row.confirmed_by as string | null) ?? null,
    confirmedAt: (row.confirmed_at as string | null) ?? null,
    checkedQuarter: (row.checked_quarter as string | null) ?? null,
  };
}

/** A new bedoeling; the quarter it is set in needs no question about it any more. */
export function savePurpose(db: Db, team: string, text: string, by: string, now: Date, quarter: string): void {
  statement(
    db,
    `INSERT INTO team_purposes (team, text, set_by, set_at, confirmed_by, confirmed_at, checked_quarter) VALUES (@team, @text, @by, @at, @by, @at, @quarter)
     ON CONFLICT (team) DO UPDATE SET text = @text, set_by = @by, set_at = @at, confirmed_by = @by, confirmed_at = @at,
       checked_quarter = max(coalesce(checked_quarter, ''), @quarter)`,
  ).run({ team, text, by, at: now.toISOString(), quarter });
}

/** Claims the quarter's question for this team, once: false when it was asked (or the bedoeling set) this quarter. */
export function claimQuarter(db: Db, team: string, quarter: string): boolean {
  return (
    statement(
      db,
      "UPDATE team_purposes SET checked_quarter = ?, confirmed_by = NULL, confirmed_at = NULL WHERE team = ? AND coalesce(checked_quarter, '') < ?",
    ).run(quarter, team, quarter).changes === 1
  );
}

/** "Klopt nog": true when this answered the open question. */
export function confirmPurpose(db: Db, team: string, quarter: string, by: string, now: Date): boolean {
  return (
    statement(db, "UPDATE team_purposes SET confirmed_by = ?, confirmed_at = ? WHERE team = ? AND checked_quarter = ? AND confirmed_at IS NULL").run(
      by,
      now.toISOString(),
      team,
      quarter,
    ).changes === 1
  );
}

export function savePurposePost(db: Db, team: string, quarter: string, ref: MessageRef): void {
  statement(db, "INSERT OR REPLACE INTO team_purpose_posts (team, quarter, platform, conversation_id, message_id) VALUES (?, ?, ?, ?, ?)").run(
    team,
    quarter,
    ref.platform,
    ref.conversationId,
    ref.messageId,
  );
}

export function listPurposePosts(db: Db, team: string, quarter: string): MessageRef[] {
  const rows = statement(db, "SELECT * FROM team_purpose_posts WHERE team = ? AND quarter = ?").all(team, quarter) as Record<string, string>[];
  return rows.map(toMessageRef);
}
