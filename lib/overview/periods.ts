// The periods of the vendor's overview (docs/trust.md, the vendor's overview). Pure. Days, weeks and
// months are those of the marketplace's time zone (the same as billing, payouts and deadlines): today
// from 00:00, this week from Monday 00:00, this month from the 1st at 00:00, each up to `now`.
import { BILLING_TIME_ZONE, zonedInstant } from "@/lib/fees/plan-charges";
import { formatRunDate, localDateOf } from "@/lib/payouts/schedule";

export const OVERVIEW_TIME_ZONE = BILLING_TIME_ZONE;
/** the daily sales chart: this many days, today included */
export const CHART_DAYS = 90;
/** best sellers: over this many days, today included */
export const BEST_SELLER_DAYS = 30;

type YMD = { year: number; month: number; day: number };

function shift({ year, month, day }: YMD, days: number): YMD {
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
function isoWeekday({ year, month, day }: YMD): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

const startOf = (date: YMD) => zonedInstant(date.year, date.month, date.day, OVERVIEW_TIME_ZONE);

export type OverviewPeriods = {
  now: Date;
  todayStart: Date;
  weekStart: Date;
  monthStart: Date;
  /** 00:00 of the chart's first day */
  chartStart: Date;
  /** 00:00 of the best sellers' first day */
  bestSellersStart: Date;
  /** the chart's days, oldest first, "YYYY-MM-DD" in the marketplace's zone; the last is today */
  days: string[];
};

export function overviewPeriods(now: Date): OverviewPeriods {
  const today = localDateOf(now);
  const days = Array.from({ length: CHART_DAYS }, (_, index) => formatRunDate(shift(today, index - CHART_DAYS + 1)));
  return {
    now,
    todayStart: startOf(today),
    weekStart: startOf(shift(today, 1 - isoWeekday(today))),
    monthStart: startOf({ ...today, day: 1 }),
    chartStart: startOf(shift(today, 1 - CHART_DAYS)),
    bestSellersStart: startOf(shift(today, 1 - BEST_SELLER_DAYS)),
    days,
  };
}

/** The earliest instant any of today, this week and this month begins (a week may begin last month). */
export function earliestFigureStart(periods: OverviewPeriods): Date {
  return periods.weekStart < periods.monthStart ? periods.weekStart : periods.monthStart;
}

export type DaySales = { day: string; orders: number; sales: number };

/** Every day of `days` with its figures: the days without a sale are there with zeros. */
export function zeroFillDays(days: string[], rows: DaySales[]): DaySales[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((day) => ({ day, orders: byDay.get(day)?.orders ?? 0, sales: byDay.get(day)?.sales ?? 0 }));
}

/** sales ÷ orders in minor units, rounded half up; null without orders. */
export function averageBasket(sales: number, orders: number): number | null {
  if (orders <= 0) return null;
  // floor(sales / orders + 1/2), in integers (a sum of amounts is a whole number of minor units).
  return Math.floor((2 * sales + orders) / (2 * orders));
}
