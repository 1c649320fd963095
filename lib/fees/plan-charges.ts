// The arithmetic of plan billing (docs/business-models.md, subscriptions and billing): calendar months of the
// marketplace's time zone, proration of a month's fee, the upgrade difference, VAT on a charge and
// a term's end (the price of a fixed term is termPriceOf, lib/plans/plan-price.ts). Pure: no I/O, integers only (minor units, basis points).
import { applyRate } from "@/lib/money/allocate-amount";

/** Months are the marketplace's calendar months (the same zone as the order deadlines). */
export const BILLING_TIME_ZONE = "Europe/Paris";

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: Date, timeZone: string): LocalParts {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The offset (ms) of `timeZone` from UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock of `timeZone` reads this local date and time. */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  timeZone: string = BILLING_TIME_ZONE,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Two passes settle the offset, including across a daylight-saving change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-12": the billing period (calendar month in the marketplace's zone) that `instant` falls in. */
export function periodKeyOf(instant: Date, timeZone: string = BILLING_TIME_ZONE): string {
  const { year, month } = localParts(instant, timeZone);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The 1st at 00:00 (local) of the month `instant` falls in. */
export function monthStartOf(instant: Date, timeZone: string = BILLING_TIME_ZONE): Date {
  const { year, month } = localParts(instant, timeZone);
  return zonedInstant(year, month, 1, timeZone);
}

/** The 1st at 00:00 (local) of the month after the one `instant` falls in. */
export function nextMonthStartOf(instant: Date, timeZone: string = BILLING_TIME_ZONE): Date {
  const { year, month } = localParts(instant, timeZone);
  return month === 12 ? zonedInstant(year + 1, 1, 1, timeZone) : zonedInstant(year, month + 1, 1, timeZone);
}

/**
 * `months` calendar months after `instant`, at the same local time of day; a day the target month
 * does not have becomes its last day (31 January + 1 month → 28 or 29 February).
 */
export function addMonths(instant: Date, months: number, timeZone: string = BILLING_TIME_ZONE): Date {
  if (!Number.isInteger(months)) throw new RangeError(`months must be whole: ${months}`);
  const p = localParts(instant, timeZone);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(p.day, daysInMonth(year, month));
  return zonedInstant(year, month, day, timeZone, p.hour, p.minute, p.second, instant.getUTCMilliseconds());
}

/** The days left in the month of `instant`, today included, and the month's length. */
export function remainingDaysOf(
  instant: Date,
  timeZone: string = BILLING_TIME_ZONE,
): { remaining: number; days: number } {
  const { year, month, day } = localParts(instant, timeZone);
  const days = daysInMonth(year, month);
  return { remaining: days - day + 1, days };
}

/** `amount × remaining / days`, rounded half up, in integers (never a float). */
export function prorate(amount: number, remaining: number, days: number): number {
  if (
    ![amount, remaining, days].every(Number.isSafeInteger) ||
    amount < 0 ||
    days <= 0 ||
    remaining < 0 ||
    remaining > days
  )
    throw new RangeError(`prorate: bad arguments ${amount} × ${remaining} / ${days}`);
  const numerator = BigInt(amount) * BigInt(remaining);
  return Number((2n * numerator + BigInt(days)) / (2n * BigInt(days)));
}

/** The month's fee for the rest of the month from `instant` (today included). */
export function proratedFeeFrom(monthlyFee: number, instant: Date, timeZone: string = BILLING_TIME_ZONE): number {
  const { remaining, days } = remainingDaysOf(instant, timeZone);
  return prorate(monthlyFee, remaining, days);
}

/** An upgrade mid-month: the difference between the two fees for the rest of the month (0 when not dearer). */
export function upgradeChargeFrom(
  oldFee: number,
  newFee: number,
  instant: Date,
  timeZone: string = BILLING_TIME_ZONE,
): number {
  return newFee > oldFee ? proratedFeeFrom(newFee - oldFee, instant, timeZone) : 0;
}

/** How a change of monthly plan takes effect: a dearer plan at once, a cheaper one on the 1st, an equal one at once. */
export function planChangeTiming(oldFee: number, newFee: number): "upgrade" | "downgrade" | "same-fee" {
  if (newFee > oldFee) return "upgrade";
  if (newFee < oldFee) return "downgrade";
  return "same-fee";
}

/** A charge's amounts: VAT at the marketplace's rate on fees, rounded half up. */
export function chargeAmounts(amountExclVat: number, feesVatBps: number) {
  const vatAmount = applyRate(amountExclVat, feesVatBps);
  return { amountExclVat, vatRateBps: feesVatBps, vatAmount, totalAmount: amountExclVat + vatAmount };
}
