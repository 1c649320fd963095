// Payout calendars (docs/payouts.md, schedules). Pure. A run date is a calendar date of the
// marketplace's zone ("2026-12-10"); it is the period key of the payouts it makes, and its cutoff
// is that day's 00:00: a payout settles the entries available before it. So a run that starts late,
// runs twice or restarts pays the same entries.
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { BILLING_TIME_ZONE, daysInMonth, zonedInstant } from "@/lib/fees/plan-charges";

export const PAYOUT_TIME_ZONE = BILLING_TIME_ZONE;
/** An on-request payout is due within this many business days of the request. */
export const ON_REQUEST_BUSINESS_DAYS = 3;
/** TWICE_MONTHLY run days. */
export const TWICE_MONTHLY_DAYS = [10, 25] as const;

export type PayoutCalendar = {
  schedule: PayoutSchedule;
  /** WEEKLY: ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
};

type YMD = { year: number; month: number; day: number };

const dateFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: PAYOUT_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** The marketplace's calendar date of an instant (read from parts: a locale's date layout may change). */
export function localDateOf(instant: Date): YMD {
  const parts: Record<string, number> = {};
  for (const part of dateFormat.formatToParts(instant))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return { year: parts.year, month: parts.month, day: parts.day };
}

export function formatRunDate({ year, month, day }: YMD): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseRunDate(date: string): YMD {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ymd = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!ymd || ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month))
    throw new RangeError(`not a run date: ${date}`);
  return ymd;
}

/** A run date's cutoff: 00:00 of that day in the marketplace's zone. */
export function cutoffOf(runDate: string): Date {
  const { year, month, day } = parseRunDate(runDate);
  return zonedInstant(year, month, day, PAYOUT_TIME_ZONE);
}

function shift({ year, month, day }: YMD, days: number): YMD {
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday({ year, month, day }: YMD): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function isRunDay(date: YMD, calendar: PayoutCalendar): boolean {
  switch (calendar.schedule) {
    case "TWICE_MONTHLY":
      return (TWICE_MONTHLY_DAYS as readonly number[]).includes(date.day);
    case "WEEKLY":
      return isoWeekday(date) === calendar.weekday;
    case "MONTHLY":
      return date.day === daysInMonth(date.year, date.month);
    case "ON_REQUEST":
      return false;
  }
}

/** The latest run date on or before `now`'s date (the current period), or null on request. */
export function latestRunDate(calendar: PayoutCalendar, now: Date): string | null {
  if (calendar.schedule === "ON_REQUEST") return null;
  let date = localDateOf(now);
  for (let step = 0; step < 32; step += 1, date = shift(date, -1))
    if (isRunDay(date, calendar)) return formatRunDate(date);
  throw new RangeError(`no run date in the last month for ${calendar.schedule}`);
}

/** The first run date strictly after `now`'s date, or null on request. */
export function nextRunDate(calendar: PayoutCalendar, now: Date): string | null {
  if (calendar.schedule === "ON_REQUEST") return null;
  let date = shift(localDateOf(now), 1);
  for (let step = 0; step < 32; step += 1, date = shift(date, 1))
    if (isRunDay(date, calendar)) return formatRunDate(date);
  throw new RangeError(`no run date in the next month for ${calendar.schedule}`);
}

/**
 * The run that will pay money available at `availableAt`: the first run date whose cutoff is after
 * it (a run settles what was available before its day began), or null on request.
 */
export function payoutRunFor(calendar: PayoutCalendar, availableAt: Date): string | null {
  // The cutoff of availableAt's own day is at or before it: the first later run date pays it.
  return nextRunDate(calendar, availableAt);
}

/** The schedule that applies to a shop: its plan's, or the marketplace's. */
export function effectiveSchedule(
  marketplace: PayoutSchedule,
  plan: PayoutSchedule | null | undefined,
): PayoutSchedule {
  return plan ?? marketplace;
}
