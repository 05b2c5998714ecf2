import type { Db } from "./database.ts";
import { MIGRATIONS, type Migration } from "./migrations.ts";

/**
 * Applies the numbered migrations that this database has not seen yet, each in its own transaction.
 * Whether a migration is still to do is decided inside that (IMMEDIATE, so write-locked) transaction:
 * two processes starting at once on one file queue, and the second finds the work done.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?").pluck();
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  let count = 0;
  for (const migration of migrations) {
    const applied = db
      .transaction(() => {
        if (isApplied.get(migration.version)) return false;
        db.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (applied) count += 1;
  }
  return count;
}
