import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { dutchPublicHolidays } from "../../src/time/dutch-public-holidays.ts";

describe("the Dutch public holidays", () => {
  it("are the days date-holidays calls public in the Netherlands, every year from 2000 to 2060", () => {
    const reference = new Holidays("NL");
    for (let year = 2000; year <= 2060; year += 1) {
      const expected = reference
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10));
      const ours = dutchPublicHolidays(year).map((day) => new Date(day).toISOString().slice(0, 10));
      expect([...ours].sort(), String(year)).toEqual([...expected].sort());
    }
  });
});
