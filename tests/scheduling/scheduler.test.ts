import pino from "pino";
import { describe, expect, it } from "vitest";
import { Scheduler, type Job } from "../../src/scheduling/scheduler.ts";
import { listSlots } from "../../src/scheduling/slot-store.ts";
import { openDatabase, type Db } from "../../src/storage/database.ts";
import { FakeClock } from "../../src/time/clock.ts";
import { ramDatabase } from "../support/ram-database.ts";
import { tempDatabasePath } from "../support/temp-database.ts";

const logger = pino({ level: "silent" });
const TZ = "Europe/Amsterdam";

function mondayJob(posted: string[], run?: Job["run"]): Job {
  return {
    key: "reflection:kcc",
    cron: "0 9 * * 1",
    timezone: TZ,
    run: run ?? (async (slot) => (posted.push(slot.key), { status: "done" })),
  };
}

function schedulerOn(db: Db, clock: FakeClock, job: Job, graceMinutes = 120): Scheduler {
  const scheduler = new Scheduler({ db, clock, logger, graceMinutes });
  scheduler.add(job);
  return scheduler;
}

describe("the scheduler", () => {
  it("posts a slot once however often it ticks", async () => {
    const db = openDatabase(tempDatabasePath());
    const clock = new FakeClock("2026-03-23T08:00:00Z");
    const posted: string[] = [];
    const scheduler = schedulerOn(db, clock, mondayJob(posted));
    await scheduler.tick();
    clock.advanceMinutes(1);
    await scheduler.tick();
    await scheduler.tick();
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it("posts once across a restart inside the slot", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T08:00:10Z");
    const posted: string[] = [];
    await schedulerOn(openDatabase(path), clock, mondayJob(posted)).tick();
    clock.advanceMinutes(1);
    await schedulerOn(openDatabase(path), clock, mondayJob(posted)).tick();
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it("posts once when two processes share one database file", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T08:00:05Z");
    const posted: string[] = [];
    const slow: Job["run"] = async (slot) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      posted.push(slot.key);
      return { status: "done" };
    };
    const first = schedulerOn(openDatabase(path), clock, mondayJob(posted, slow));
    const second = schedulerOn(openDatabase(path), clock, mondayJob(posted, slow));
    await Promise.all([first.tick(), second.tick(), first.tick(), second.tick()]);
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it("catches up a slot missed while down, within the grace period", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T07:00:00Z");
    const posted: string[] = [];
    await schedulerOn(openDatabase(path), clock, mondayJob(posted)).tick();
    clock.set("2026-03-23T09:30:00Z"); // 10:30 local: 90 minutes late, grace is 120
    await schedulerOn(openDatabase(path), clock, mondayJob(posted)).tick();
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it("skips a slot missed beyond the grace period and records why", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T07:00:00Z");
    const posted: string[] = [];
    await schedulerOn(openDatabase(path), clock, mondayJob(posted)).tick();
    clock.set("2026-03-23T13:00:00Z"); // 14:00 local: five hours late
    const db = openDatabase(path);
    const reports = await schedulerOn(db, clock, mondayJob(posted)).tick();
    expect(posted).toEqual([]);
    expect(reports).toEqual([{ job: "reflection:kcc", slot: "2026-03-23T09:00", result: "missed" }]);
    expect(listSlots(db)).toMatchObject([{ slot: "2026-03-23T09:00", status: "skipped", note: "missed" }]);
  });

  it("retries a failed run on the next tick without posting twice", async () => {
    const db = openDatabase(tempDatabasePath());
    const clock = new FakeClock("2026-03-23T08:00:00Z");
    const posted: string[] = [];
    let calls = 0;
    const flaky: Job["run"] = async (slot) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error("platform down"), { code: "platform_unavailable" });
      posted.push(slot.key);
      return { status: "done" };
    };
    const scheduler = schedulerOn(db, clock, mondayJob(posted, flaky));
    expect((await scheduler.tick())[0]).toMatchObject({ result: "failed", note: "platform_unavailable" });
    clock.advanceMinutes(1);
    await scheduler.tick();
    clock.advanceMinutes(1);
    await scheduler.tick();
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it.each([
    ["before the clocks go forward in March", "2026-03-23T08:00:00Z", "2026-03-23T09:00"],
    ["after the clocks go forward in March", "2026-03-30T07:00:00Z", "2026-03-30T09:00"],
    ["before the clocks go back in October", "2026-10-19T07:00:00Z", "2026-10-19T09:00"],
    ["after the clocks go back in October", "2026-10-26T08:00:00Z", "2026-10-26T09:00"],
  ])("fires a Monday 09:00 schedule at 09:00 local %s", async (_when, utc, local) => {
    const db = openDatabase(tempDatabasePath());
    const clock = new FakeClock(new Date(new Date(utc).getTime() - 60_000));
    const posted: string[] = [];
    const scheduler = schedulerOn(db, clock, mondayJob(posted), 0);
    await scheduler.tick();
    expect(posted).toEqual([]);
    clock.set(utc);
    await scheduler.tick();
    expect(posted).toEqual([local]);
  });
});

describe("many teams at the same moment", () => {
  it("posts the other teams' prompts while one team's platform hangs", async () => {
    const db = openDatabase(tempDatabasePath());
    const clock = new FakeClock("2026-03-23T08:00:30Z");
    const scheduler = new Scheduler({ db, clock, logger, graceMinutes: 120 });
    let release: () => void = () => undefined;
    const hanging = new Promise<void>((resolve) => (release = resolve));
    const posted: string[] = [];
    let otherTeamsDone: () => void = () => undefined;
    const othersPosted = new Promise<void>((resolve) => (otherTeamsDone = resolve));
    scheduler.add({ ...mondayJob(posted), key: "reflection:kcc", run: async (slot) => (await hanging, posted.push(`kcc ${slot.key}`), { status: "done" }) });
    for (const team of ["wmo", "burgerzaken"]) {
      scheduler.add({
        ...mondayJob(posted),
        key: `reflection:${team}`,
        run: async (slot) => {
          posted.push(`${team} ${slot.key}`);
          if (posted.length === 2) otherTeamsDone();
          return { status: "done" };
        },
      });
    }
    const tick = scheduler.tick();
    await othersPosted;
    expect(posted).toEqual(["wmo 2026-03-23T09:00", "burgerzaken 2026-03-23T09:00"]);
    release();
    const reports = await tick;
    expect(posted).toContain("kcc 2026-03-23T09:00");
    expect(reports.map((report) => report.job)).toEqual(["reflection:kcc", "reflection:wmo", "reflection:burgerzaken"]);
  });
});

describe("after downtime or on a fresh install", () => {
  const everyMinute = (ran: string[]): Job => ({
    key: "reflection:kcc",
    cron: "* * * * *",
    timezone: TZ,
    isLatestOnly: true,
    run: async (slot) => (ran.push(slot.key), { status: "done" }),
  });

  it("posts nothing from before a fresh install, even with an every-minute schedule", async () => {
    const db = openDatabase(tempDatabasePath());
    const clock = new FakeClock("2026-03-23T08:00:40Z");
    const ran: string[] = [];
    const scheduler = new Scheduler({ db, clock, logger, graceMinutes: 120 });
    scheduler.add(everyMinute(ran));
    await scheduler.tick();
    expect(ran).toEqual(["2026-03-23T09:00"]);
    expect(listSlots(db).map((slot) => slot.status)).toEqual(["done"]);
  });

  it("posts one prompt, not four, after four missed minutes", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T08:00:10Z");
    const ran: string[] = [];
    const first = new Scheduler({ db: openDatabase(path), clock, logger, graceMinutes: 120 });
    first.add(everyMinute(ran));
    await first.tick();
    clock.advanceMinutes(4);
    const restarted = new Scheduler({ db: openDatabase(path), clock, logger, graceMinutes: 120 });
    restarted.add(everyMinute(ran));
    const reports = await restarted.tick();
    expect(ran).toEqual(["2026-03-23T09:00", "2026-03-23T09:04"]);
    expect(reports.filter((report) => report.result === "missed").map((report) => report.slot)).toEqual([
      "2026-03-23T09:01",
      "2026-03-23T09:02",
      "2026-03-23T09:03",
    ]);
  });

  it("keeps running housekeeping's newest slot only", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T08:00:00Z");
    const ran: string[] = [];
    const add = (scheduler: Scheduler) =>
      scheduler.add({ key: "cases:maintenance", cron: "*/15 * * * *", timezone: TZ, isLatestOnly: true, run: async (slot) => (ran.push(slot.key), { status: "done" }) });
    const first = new Scheduler({ db: openDatabase(path), clock, logger, graceMinutes: 120 });
    add(first);
    await first.tick();
    clock.set("2026-03-23T10:07:00Z");
    const restarted = new Scheduler({ db: openDatabase(path), clock, logger, graceMinutes: 120 });
    add(restarted);
    await restarted.tick();
    expect(ran).toEqual(["2026-03-23T09:00", "2026-03-23T11:00"]);
  });
});

describe("a scheduler under trouble", () => {
  it("keeps its claim on a long job, so a second process does not post it again", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T08:00:05Z");
    const posted: string[] = [];
    const long: Job["run"] = async (slot) => {
      for (let step = 0; step < 4; step += 1) {
        clock.advanceMinutes(6); // pacing and a platform's Retry-After: 24 minutes in all
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      posted.push(slot.key);
      return { status: "done" };
    };
    const options = { clock, logger, graceMinutes: 120, leaseMinutes: 10, renewEveryMs: 10 };
    const first = new Scheduler({ db: openDatabase(path), ...options });
    first.add(mondayJob(posted, long));
    const second = new Scheduler({ db: openDatabase(path), ...options });
    second.add(mondayJob(posted, long));
    const running = first.tick();
    await new Promise((resolve) => setTimeout(resolve, 130));
    await second.tick();
    await running;
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });

  it("learns many jobs at once, each from when it was added, also when their first tick found the database locked", async () => {
    const ram = ramDatabase();
    const path = ram.path;
    const clock = new FakeClock("2026-03-23T08:00:10Z");
    const db = openDatabase(path);
    db.pragma("busy_timeout = 5");
    const ran = new Map<string, string[]>();
    const scheduler = new Scheduler({ db, clock, logger, graceMinutes: 120 });
    for (let index = 0; index < 20; index += 1) {
      const key = `reflection:team-${index}`;
      scheduler.add({ key, cron: "* * * * *", timezone: TZ, run: async (slot) => ((ran.get(key) ?? ran.set(key, []).get(key)!).push(slot.key), { status: "done" }) });
    }
    const locker = openDatabase(path);
    locker.exec("BEGIN IMMEDIATE");
    clock.advanceMinutes(1);
    const locked = await scheduler.tick();
    expect(new Set(locked.map((report) => report.result))).toEqual(new Set(["failed"]));
    locker.exec("COMMIT");
    clock.advanceMinutes(2);
    await scheduler.tick();
    // Added at 09:00:10 local: that minute and the ones after it run, not the minute the lock let go.
    expect(ran.size).toBe(20);
    for (const slots of ran.values()) expect(slots).toEqual(["2026-03-23T09:00", "2026-03-23T09:01", "2026-03-23T09:02", "2026-03-23T09:03"]);
    ram.remove();
  });

  it("stays up while another connection holds the write lock, and posts the slot afterwards", async () => {
    const path = tempDatabasePath();
    const clock = new FakeClock("2026-03-23T07:59:05Z");
    const posted: string[] = [];
    const db = openDatabase(path);
    db.pragma("busy_timeout = 50");
    const scheduler = schedulerOn(db, clock, mondayJob(posted));
    await scheduler.tick();
    clock.advanceMinutes(1);
    const locker = openDatabase(path);
    locker.exec("BEGIN IMMEDIATE");
    const reports = await scheduler.tick();
    expect(reports[0]).toMatchObject({ result: "failed", note: "SQLITE_BUSY" });
    locker.exec("COMMIT");
    clock.advanceMinutes(1);
    await scheduler.tick();
    expect(posted).toEqual(["2026-03-23T09:00"]);
  });
});
