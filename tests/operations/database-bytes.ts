import { existsSync, readFileSync, statSync } from "node:fs";

/**
 * The database file and its WAL as they lie on disk, as lowercase text: what anyone who copies the
 * files can read, freed pages and old page images included.
 */
export function databaseBytes(path: string): string {
  const files = [path, `${path}-wal`].filter((file) => existsSync(file));
  return Buffer.concat(files.map((file) => readFileSync(file))).toString("latin1").toLowerCase();
}

/** The WAL's size on disk (0 when emptied by a TRUNCATE checkpoint or absent). */
export function walSize(path: string): number {
  return existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
}
