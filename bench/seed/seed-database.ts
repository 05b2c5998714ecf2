import { rmSync } from "node:fs";
import type { Config } from "../../src/config/config-schema.ts";
import type { PromptLibrary } from "../../src/reflection/prompt-library.ts";
import { openDatabase } from "../../src/storage/database.ts";
import { benchConfig } from "./bench-config.ts";
import { seedOrganisation, type SeedSize, type SeedSummary } from "./seed-organisation.ts";

export interface SeededDatabase {
  path: string;
  config: Config;
  summary: SeedSummary;
  seconds: number;
}

/** A fresh database file with the benchmark organisation in it (any old file at the path is replaced). */
export function seedDatabase(path: string, teams: number, size: SeedSize, library: PromptLibrary, anchor: Date): SeededDatabase {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const started = performance.now();
  const config = benchConfig({ teams, membersPerTeam: size.membersPerTeam }, library);
  const db = openDatabase(path);
  const summary = seedOrganisation(db, config, library, size, anchor);
  db.close();
  return { path, config, summary, seconds: (performance.now() - started) / 1000 };
}
