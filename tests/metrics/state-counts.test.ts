import { afterEach, describe, expect, it } from "vitest";
import { countScheduledSlots } from "../../src/metrics/state-count-queries.ts";
import { claimSlot, finishSlot, recordMissedSlot } from "../../src/scheduling/slot-store.ts";
import { openDatabase, type Db } from "../../src/storage/database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

let db: Db | undefined;
afterEach(() => db?.close());

describe("the scheduler's runs as metrics", () => {
  it("counts runs per job and status, with every team's key replaced, a removed team's too", () => {
    db = openDatabase(tempDatabasePath());
    const now = new Date("2026-03-30T07:00:00Z");
    const run = (job: string, slot: string, status: "done" | "failed") => {
      claimSlot(db!, job, slot, now, 60_000);
      finishSlot(db!, job, slot, status, null, now);
    };
    run("reflection:kcc", "2026-03-30T09:00", "done");
    run("reflection:wmo", "2026-03-30T10:00", "done");
    run("reflection:wmo", "2026-03-31T10:00", "failed");
    run("reflection:reminders", "2026-03-30T09:00", "done");
    run("digest:organisation", "2026-03-27T16:00", "done");
    run("retention", "2026-03-30T03:30", "done");
    run("digest:weggehaald-team", "2026-03-20T16:00", "done");
    recordMissedSlot(db, "digest:kcc", "2026-03-27T16:00", now);
    claimSlot(db, "cases:maintenance", "2026-03-30T09:15", now, 60_000);

    const naming = {
      teamKeys: new Set(["kcc", "wmo"]),
      jobKeys: new Set(["reflection:kcc", "reflection:wmo", "digest:kcc", "digest:wmo", "reflection:reminders", "digest:organisation", "retention", "cases:maintenance"]),
    };
    const counts = Object.fromEntries(countScheduledSlots(db, naming).map(({ labels, count }) => [`${labels.job} ${labels.status}`, count]));
    expect(counts).toEqual({
      "reflection:team done": 2,
      "reflection:team failed": 1,
      "reflection:reminders done": 1,
      "digest:organisation done": 1,
      "retention done": 1,
      "digest:other done": 1,
      "digest:team missed": 1,
      "cases:maintenance claimed": 1,
    });
  });
});
