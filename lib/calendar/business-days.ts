// Business days: not a weekend day of the marketplace's country (Saturday and Sunday in France,
// Friday in Iran: CLDR's week data through Intl), not a public holiday of that country
// (date-holidays, a maintained library, not a hand list), reckoned by the calendar date in the
// marketplace's time zone. Pure apart from the library's tables (docs/domain.md, deadlines).
import Holidays from "date-holidays";

export type Calendar = { country: string; timeZone: string };

export const FRENCH_CALENDAR: Calendar = { country: "FR", timeZone: "Europe/Paris" };

const DAY_MS = 24 * 60 * 60 * 1000;
const holidayTables = new Map<string, Holidays>();

function holidaysOf(country: string): Holidays {
  let table = holidayTables.get(country);
  if (!table) {
    table = new Holidays(country, { types: ["public"] });
    holidayTables.set(country, table);
  }
  return table;
}

const weekends = new Map<string, Set<number>>();

/** The country's weekend as getUTCDay() numbers (0 = Sunday): CLDR's, Saturday and Sunday when unknown. */
function weekendOf(country: string): Set<number> {
  let days = weekends.get(country);
  if (!days) {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
      weekInfo?: { weekend: number[] };
      getWeekInfo?: () => { weekend: number[] };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    // CLDR numbers days 1 (Monday) to 7 (Sunday).
    days = new Set((info?.weekend ?? [6, 7]).map((day) => day % 7));
    weekends.set(country, days);
  }
  return days;
}

/** "2026-12-25": the calendar date of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** Whether the day `instant` falls on (in the calendar's time zone) is a business day. */
export function isBusinessDay(instant: Date, calendar: Calendar): boolean {
  const date = localDate(instant, calendar.timeZone);
  // Noon UTC of that date is the same weekday everywhere the time zones we serve are.
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekendOf(calendar.country).has(weekday)) return false;
  const holidays = holidaysOf(calendar.country).isHoliday(new Date(`${date}T12:00:00Z`));
  return !(holidays && holidays.some((holiday) => holiday.type === "public"));
}

/**
 * `days` business days after `start`, at the same time of day: each following day counts only if
 * it is a business day. Paid on Friday at 15:00 with 2 days → Tuesday 15:00; on Saturday at
 * 10:00 → Tuesday 10:00; before Christmas, the 25th is skipped.
 */
export function addBusinessDays(start: Date, days: number, calendar: Calendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`business days must be a whole number ≥ 0: ${days}`);
  let instant = start.getTime();
  let counted = 0;
  while (counted < days) {
    instant += DAY_MS;
    if (isBusinessDay(new Date(instant), calendar)) counted++;
  }
  return new Date(instant);
}

/** `days` calendar days after `start`. */
export function addDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}
