import type { Db } from "../storage/database.ts";
import { statement } from "../storage/statements.ts";
import type { NewCase } from "./case-store.ts";

/** An anonymous case waits, without any time, for the next maintenance run to give it a reference. */
export function holdAnonymousCase(db: Db, newCase: NewCase & { receiptHash: string | null }): void {
  statement(db, "INSERT INTO anonymous_submissions (new_case, receipt_hash) VALUES (?, ?)").run(JSON.stringify(newCase), newCase.receiptHash);
}

export function isAnonymousCaseWaiting(db: Db, hash: string): boolean {
  return statement(db, "SELECT 1 FROM anonymous_submissions WHERE receipt_hash = ?").get(hash) !== undefined;
}

export function listWaitingAnonymousCases(db: Db): { id: number; newCase: NewCase }[] {
  const rows = statement(db, "SELECT id, new_case AS newCase FROM anonymous_submissions").all() as { id: number; newCase: string }[];
  return rows.map((row) => ({ id: row.id, newCase: JSON.parse(row.newCase) as NewCase }));
}

export function deleteWaitingAnonymousCase(db: Db, id: number): void {
  statement(db, "DELETE FROM anonymous_submissions WHERE id = ?").run(id);
}
