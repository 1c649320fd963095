import { describe, expect, it } from "vitest";
import { averageBasket, CHART_DAYS, earliestFigureStart, overviewPeriods, zeroFillDays } from "./periods";

// docs/trust.md, the vendor's overview: today, this week (from Monday) and this month (from the
// 1st), each from 00:00 in Paris; 90 chart days; best sellers over 30 days. Expectations by hand.

describe("overviewPeriods", () => {
  it.each([
    {
      name: "a Saturday in winter (UTC+1)",
      now: "2026-12-05T11:00:00Z",
      today: "2026-12-04T23:00:00.000Z",
      week: "2026-11-29T23:00:00.000Z", // Monday 30 November
      month: "2026-11-30T23:00:00.000Z", // 1 December
      firstDay: "2026-09-07",
      chartStart: "2026-09-06T22:00:00.000Z", // 7 September, summer time (UTC+2)
      bestSellersStart: "2026-11-05T23:00:00.000Z", // 6 November
    },
    {
      name: "just after midnight in Paris, still the previous day in UTC",
      now: "2026-12-06T23:30:00Z", // Monday 7 December, 00:30 in Paris
      today: "2026-12-06T23:00:00.000Z",
      week: "2026-12-06T23:00:00.000Z", // a Monday: the week starts today
      month: "2026-11-30T23:00:00.000Z",
      firstDay: "2026-09-09",
      chartStart: "2026-09-08T22:00:00.000Z",
      bestSellersStart: "2026-11-07T23:00:00.000Z",
    },
    {
      name: "a Sunday: the week began six days ago",
      now: "2026-11-01T09:00:00Z", // Sunday 1 November
      today: "2026-10-31T23:00:00.000Z",
      week: "2026-10-25T23:00:00.000Z", // Monday 26 October: the week starts last month
      month: "2026-10-31T23:00:00.000Z",
      firstDay: "2026-08-04",
      chartStart: "2026-08-03T22:00:00.000Z",
      bestSellersStart: "2026-10-02T22:00:00.000Z", // 3 October, summer time
    },
    {
      name: "the spring change day (29 March 2026: 02:00 CET becomes 03:00 CEST)",
      now: "2026-03-29T12:00:00Z",
      today: "2026-03-28T23:00:00.000Z", // midnight was still winter time
      week: "2026-03-22T23:00:00.000Z", // Monday 23 March
      month: "2026-02-28T23:00:00.000Z",
      firstDay: "2025-12-30",
      chartStart: "2025-12-29T23:00:00.000Z",
      bestSellersStart: "2026-02-27T23:00:00.000Z", // 28 February
    },
    {
      name: "the day after the autumn change (25 October 2026: 03:00 CEST becomes 02:00 CET)",
      now: "2026-10-26T06:00:00Z", // Monday 26 October, 07:00 in Paris
      today: "2026-10-25T23:00:00.000Z",
      week: "2026-10-25T23:00:00.000Z",
      month: "2026-09-30T22:00:00.000Z", // 1 October, summer time
      firstDay: "2026-07-29",
      chartStart: "2026-07-28T22:00:00.000Z",
      bestSellersStart: "2026-09-26T22:00:00.000Z",
    },
  ])("$name", ({ now, today, week, month, firstDay, chartStart, bestSellersStart }) => {
    const periods = overviewPeriods(new Date(now));
    expect(periods.todayStart.toISOString()).toBe(today);
    expect(periods.weekStart.toISOString()).toBe(week);
    expect(periods.monthStart.toISOString()).toBe(month);
    expect(periods.chartStart.toISOString()).toBe(chartStart);
    expect(periods.bestSellersStart.toISOString()).toBe(bestSellersStart);
    expect(periods.days).toHaveLength(CHART_DAYS);
    expect(periods.days[0]).toBe(firstDay);
  });

  it("lists 90 consecutive days ending today across the spring change (29 March is 12 days before 10 April)", () => {
    const { days } = overviewPeriods(new Date("2026-04-10T08:00:00Z"));
    expect(days.at(-1)).toBe("2026-04-10");
    expect(days.slice(77, 81)).toEqual(["2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01"]);
    expect(new Set(days).size).toBe(CHART_DAYS);
  });

  it.each([
    { now: "2026-12-05T11:00:00Z", earliest: "2026-11-29T23:00:00.000Z" }, // Monday 30 Nov, before the 1st
    { now: "2026-12-15T11:00:00Z", earliest: "2026-11-30T23:00:00.000Z" }, // the 1st, before Monday 14th
  ])("figures start at the earlier of this week and this month ($now)", ({ now, earliest }) => {
    expect(earliestFigureStart(overviewPeriods(new Date(now))).toISOString()).toBe(earliest);
  });
});

describe("zeroFillDays", () => {
  it.each([
    {
      name: "days without sales get zeros, in the days' order",
      days: ["2026-12-03", "2026-12-04", "2026-12-05"],
      rows: [{ day: "2026-12-04", orders: 2, sales: 1550 }],
      expected: [
        { day: "2026-12-03", orders: 0, sales: 0 },
        { day: "2026-12-04", orders: 2, sales: 1550 },
        { day: "2026-12-05", orders: 0, sales: 0 },
      ],
    },
    {
      name: "rows outside the days are left out",
      days: ["2026-12-05"],
      rows: [
        { day: "2026-12-05", orders: 1, sales: 900 },
        { day: "2026-09-01", orders: 4, sales: 10_000 },
      ],
      expected: [{ day: "2026-12-05", orders: 1, sales: 900 }],
    },
    {
      name: "no rows at all",
      days: ["2026-12-04", "2026-12-05"],
      rows: [],
      expected: [
        { day: "2026-12-04", orders: 0, sales: 0 },
        { day: "2026-12-05", orders: 0, sales: 0 },
      ],
    },
  ])("$name", ({ days, rows, expected }) => {
    expect(zeroFillDays(days, rows)).toEqual(expected);
  });
});

describe("averageBasket", () => {
  it.each([
    { sales: 0, orders: 0, expected: null },
    { sales: 1234, orders: 0, expected: null },
    { sales: 3000, orders: 3, expected: 1000 },
    { sales: 1000, orders: 3, expected: 333 }, // 333.33 → 333
    { sales: 2000, orders: 3, expected: 667 }, // 666.67 → 667
    { sales: 1001, orders: 2, expected: 501 }, // 500.5 → 501 (half up)
    { sales: 999, orders: 2, expected: 500 }, // 499.5 → 500 (half up)
    { sales: 5, orders: 4, expected: 1 }, // 1.25 → 1
    { sales: 7, orders: 4, expected: 2 }, // 1.75 → 2
  ])("$sales over $orders orders → $expected", ({ sales, orders, expected }) => {
    expect(averageBasket(sales, orders)).toBe(expected);
  });
});
