import { describe, expect, it } from "vitest";
import { isPublicHoliday, workingDaysBetween } from "../../src/time/holidays.ts";

const TZ = "Europe/Amsterdam";

describe("Dutch public holidays", () => {
  it.each([
    ["Tweede Paasdag", "2026-04-06T08:00:00Z"],
    ["Koningsdag", "2026-04-27T08:00:00Z"],
    ["Hemelvaartsdag", "2026-05-14T08:00:00Z"],
    ["Tweede Pinksterdag", "2026-05-25T08:00:00Z"],
    ["Eerste Kerstdag", "2026-12-25T08:00:00Z"],
  ])("knows %s", (_name, date) => {
    expect(isPublicHoliday(new Date(date), TZ)).toBe(true);
  });

  it("treats an ordinary Monday as a working day", () => {
    expect(isPublicHoliday(new Date("2026-03-30T08:00:00Z"), TZ)).toBe(false);
  });

  it("counts working days without weekends and holidays", () => {
    // Thursday 2 April to Thursday 9 April 2026: Easter Monday and the weekend do not count.
    expect(workingDaysBetween(new Date("2026-04-02T10:00:00Z"), new Date("2026-04-09T10:00:00Z"), TZ)).toBe(4);
  });

  it("counts only whole working days, across Christmas and the turn of the year", () => {
    // Wednesday 23 December 10:00 to Monday 4 January 09:00: Christmas, New Year and the weekends do not
    // count, and Monday not yet, because its 10:00 has not come.
    expect(workingDaysBetween(new Date("2026-12-23T09:00:00Z"), new Date("2027-01-04T08:00:00Z"), TZ)).toBe(5);
    expect(workingDaysBetween(new Date("2026-12-23T09:00:00Z"), new Date("2027-01-04T09:30:00Z"), TZ)).toBe(6);
  });
});
