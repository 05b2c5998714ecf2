import type Database from "better-sqlite3";
import type { Db } from "./database.ts";

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, prepared once per connection. Preparing costs more than running most of our
 * queries; the digest of 500 teams runs the same dozen statements thousands of times.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  } else if (prepared.reader) {
    // pluck() sticks to a statement; each caller says again whether it wants it.
    prepared.pluck(false);
  }
  return prepared;
}
