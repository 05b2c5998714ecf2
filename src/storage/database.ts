import Database from "better-sqlite3";
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { normaliseRule } from "../cases/rule-key.ts";
import { migrate } from "./migrate.ts";
import { statement } from "./statements.ts";

export type Db = Database.Database;

/**
 * Opens (and migrates) the one SQLite file that holds all state.
 * WAL lets the bot keep reading while a backup or a second process writes. FULL syncs the WAL on every
 * commit: what a person was told is saved survives a power loss too, and a G-reference is never handed
 * out twice (cost measured in npm run bench).
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") makePrivateFile(path);
  const db = new Database(path);
  // First, so that a process starting beside another waits for its lock, also to switch to WAL.
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  // Erased and expired data is overwritten, not just unlinked (AVG erasure, retention).
  db.pragma("secure_delete = ON");
  db.function("normalise_rule", { deterministic: true }, (rule: unknown) => normaliseRule(String(rule ?? "")));
  migrate(db);
  return db;
}

/**
 * The database holds everything, the install secret included: its folder is created for the owner only
 * and the file readable by its owner only (SQLite gives the -wal and -shm files the same mode).
 */
function makePrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, "a", 0o600));
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}

/** Runs fn in one write transaction; IMMEDIATE takes the write lock up front so two processes queue. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/**
 * A write transaction committed without a flush to disk (synchronous = NORMAL for its commit only), for
 * what costs nothing a person was told when a power cut loses it: it is written again by the next
 * delivery (a conversation reference, the claim of a delivery that saved nothing). The next commit with
 * synchronous = FULL flushes it too: the WAL is one file, written in order. Within a caller's
 * transaction it simply joins that one.
 */
export function inTransactionWithoutFlush<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return fn();
  // Prepared once (db.pragma prepares on every call; this runs for nearly every incoming delivery).
  const level = statement(db, "PRAGMA synchronous").pluck().get() as number;
  statement(db, "PRAGMA synchronous = NORMAL").run();
  try {
    return inTransaction(db, fn);
  } finally {
    statement(db, `PRAGMA synchronous = ${level}`).run();
  }
}
