// The Dutch public holidays (algemeen erkende feestdagen as date-holidays types them "public"): only
// these rules, instead of date-holidays' data for every country, its calendar libraries and its time
// zone database (about 20 MB resident and 0.1 s at start for 11 dates a year).
// Goede Vrijdag and Bevrijdingsdag are days off for some employers only, as in date-holidays.
// tests/time/dutch-public-holidays.test.ts checks these rules against date-holidays year by year.

const DAY_MS = 86_400_000;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus), as a UTC midnight. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** King's Day: 27 April (30 April, Queen's Day, before 2014), a day earlier when it falls on a Sunday. */
function kingsDay(year: number): number {
  const day = Date.UTC(year, 3, year >= 2014 ? 27 : 30);
  return new Date(day).getUTCDay() === 0 ? day - DAY_MS : day;
}

/** The public holidays of a year, each as the time of its UTC midnight. */
export function dutchPublicHolidays(year: number): number[] {
  const easter = easterSunday(year);
  const afterEaster = (days: number) => easter + days * DAY_MS;
  return [
    Date.UTC(year, 0, 1), // Nieuwjaarsdag
    easter, // Eerste Paasdag
    afterEaster(1), // Tweede Paasdag
    kingsDay(year), // Koningsdag
    afterEaster(39), // Hemelvaartsdag
    afterEaster(49), // Eerste Pinksterdag
    afterEaster(50), // Tweede Pinksterdag
    Date.UTC(year, 11, 25), // Eerste Kerstdag
    Date.UTC(year, 11, 26), // Tweede Kerstdag
  ];
}
