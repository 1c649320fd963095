import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import {
  cutoffOf,
  effectiveSchedule,
  formatRunDate,
  latestRunDate,
  localDateOf,
  nextRunDate,
  parseRunDate,
  payoutRunFor,
  type PayoutCalendar,
} from "./schedule";

// docs/payouts.md, schedules: run dates are Europe/Paris calendar dates; a run's cutoff is that day's
// 00:00 in Paris, and it settles what was available before it. Expectations computed by hand
// (Paris is UTC+1 in winter, UTC+2 from the last Sunday of March to the last Sunday of October).

const twice: PayoutCalendar = { schedule: "TWICE_MONTHLY", weekday: 1 };
const monday: PayoutCalendar = { schedule: "WEEKLY", weekday: 1 };
const friday: PayoutCalendar = { schedule: "WEEKLY", weekday: 5 };
const sunday: PayoutCalendar = { schedule: "WEEKLY", weekday: 7 };
const monthly: PayoutCalendar = { schedule: "MONTHLY", weekday: 1 };
const onRequest: PayoutCalendar = { schedule: "ON_REQUEST", weekday: 1 };

const t = (iso: string) => new Date(iso);

describe("cutoffOf: 00:00 in Paris", () => {
  it.each([
    ["2026-12-10", "2026-12-09T23:00:00.000Z"],
    ["2026-07-10", "2026-07-09T22:00:00.000Z"],
    // The spring change (29 March 2026, 02:00 → 03:00) happens after midnight: that day starts in winter time.
    ["2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
    // The autumn change (25 October 2026, 03:00 → 02:00): that day starts in summer time.
    ["2026-10-25", "2026-10-24T22:00:00.000Z"],
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
    ["2028-02-29", "2028-02-28T23:00:00.000Z"],
    ["2027-01-01", "2026-12-31T23:00:00.000Z"],
  ])("%s → %s", (date, instant) => {
    expect(cutoffOf(date).toISOString()).toBe(instant);
  });

  it.each(["2026-02-29", "2027-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-1", "10/12/2026", ""])(
    "refuses %j",
    (date) => {
      expect(() => parseRunDate(date)).toThrow(RangeError);
    },
  );
});

describe("localDateOf", () => {
  it.each([
    ["2026-12-09T22:59:59.999Z", "2026-12-09"],
    ["2026-12-09T23:00:00.000Z", "2026-12-10"],
    ["2026-07-09T21:59:59.999Z", "2026-07-09"],
    ["2026-07-09T22:00:00.000Z", "2026-07-10"],
    ["2026-12-31T23:30:00.000Z", "2027-01-01"],
  ])("%s is %s in Paris", (instant, date) => {
    expect(formatRunDate(localDateOf(t(instant)))).toBe(date);
  });
});

describe("latestRunDate and nextRunDate", () => {
  it.each<[string, PayoutCalendar, string, string, string]>([
    // twice monthly: the 10th and the 25th
    ["twice monthly, a Saturday in December", twice, "2026-12-05T12:00:00+01:00", "2026-11-25", "2026-12-10"],
    ["twice monthly, the 10th at 00:00", twice, "2026-12-10T00:00:00+01:00", "2026-12-10", "2026-12-25"],
    ["twice monthly, just before the 10th", twice, "2026-12-09T23:59:59.999+01:00", "2026-11-25", "2026-12-10"],
    [
      "twice monthly, the 10th at 00:30 (23:30 UTC the day before)",
      twice,
      "2026-12-09T23:30:00Z",
      "2026-12-10",
      "2026-12-25",
    ],
    ["twice monthly, summer, the 10th at 00:30", twice, "2026-07-09T22:30:00Z", "2026-07-10", "2026-07-25"],
    ["twice monthly, summer, just before the 10th", twice, "2026-07-09T21:59:59Z", "2026-06-25", "2026-07-10"],
    ["twice monthly, across the year end", twice, "2027-01-05T08:00:00+01:00", "2026-12-25", "2027-01-10"],
    ["twice monthly, the 25th", twice, "2026-12-25T08:00:00+01:00", "2026-12-25", "2027-01-10"],
    ["twice monthly, end of February", twice, "2027-02-28T20:00:00+01:00", "2027-02-25", "2027-03-10"],
    // weekly
    ["weekly on Monday, a Saturday", monday, "2026-12-05T12:00:00+01:00", "2026-11-30", "2026-12-07"],
    ["weekly on Monday, the Monday itself", monday, "2026-12-07T00:00:00+01:00", "2026-12-07", "2026-12-14"],
    ["weekly on Sunday, a Saturday", sunday, "2026-12-05T23:59:00+01:00", "2026-11-29", "2026-12-06"],
    ["weekly on Monday, DST Sunday evening", monday, "2026-03-29T23:59:00+02:00", "2026-03-23", "2026-03-30"],
    ["weekly on Monday, DST Monday 00:30", monday, "2026-03-29T22:30:00Z", "2026-03-30", "2026-04-06"],
    ["weekly on Friday, new year's eve", friday, "2026-12-31T23:59:00+01:00", "2026-12-25", "2027-01-01"],
    ["weekly on Friday, new year's day", friday, "2027-01-01T00:00:00+01:00", "2027-01-01", "2027-01-08"],
    ["weekly on Sunday, the autumn change", sunday, "2026-10-25T12:00:00+01:00", "2026-10-25", "2026-11-01"],
    // monthly: the last day of the month
    ["monthly, early December", monthly, "2026-12-05T12:00:00+01:00", "2026-11-30", "2026-12-31"],
    ["monthly, the 31st", monthly, "2026-12-31T00:00:00+01:00", "2026-12-31", "2027-01-31"],
    ["monthly, February of a common year", monthly, "2027-02-01T12:00:00+01:00", "2027-01-31", "2027-02-28"],
    ["monthly, February of a leap year", monthly, "2028-02-10T12:00:00+01:00", "2028-01-31", "2028-02-29"],
    ["monthly, the leap day at 00:00", monthly, "2028-02-29T00:00:00+01:00", "2028-02-29", "2028-03-31"],
    ["monthly, just before the leap day", monthly, "2028-02-28T23:59:59+01:00", "2028-01-31", "2028-02-29"],
    ["monthly, 30 March, a month after February", monthly, "2027-03-30T12:00:00+02:00", "2027-02-28", "2027-03-31"],
    ["monthly, March ends after the spring change", monthly, "2026-03-31T00:30:00+02:00", "2026-03-31", "2026-04-30"],
    ["monthly, October ends after the autumn change", monthly, "2026-10-31T00:00:00+01:00", "2026-10-31", "2026-11-30"],
  ])("%s", (_why, calendar, now, latest, next) => {
    expect(latestRunDate(calendar, t(now))).toBe(latest);
    expect(nextRunDate(calendar, t(now))).toBe(next);
  });

  it("has no run date on request", () => {
    expect(latestRunDate(onRequest, t("2026-12-10T12:00:00+01:00"))).toBeNull();
    expect(nextRunDate(onRequest, t("2026-12-10T12:00:00+01:00"))).toBeNull();
    expect(payoutRunFor(onRequest, t("2026-12-10T12:00:00+01:00"))).toBeNull();
  });

  it("refuses a weekday that does not exist", () => {
    expect(() => latestRunDate({ schedule: "WEEKLY", weekday: 0 }, t("2026-12-10T12:00:00Z"))).toThrow(RangeError);
    expect(() => nextRunDate({ schedule: "WEEKLY", weekday: 8 }, t("2026-12-10T12:00:00Z"))).toThrow(RangeError);
  });
});

describe("payoutRunFor: the run that pays money available then", () => {
  it.each<[string, PayoutCalendar, string, string]>([
    ["just before the 10th's cutoff: that run", twice, "2026-12-09T22:59:59.999Z", "2026-12-10"],
    [
      "at the cutoff itself: the next run (it settles what was available before)",
      twice,
      "2026-12-09T23:00:00.000Z",
      "2026-12-25",
    ],
    ["just after the cutoff", twice, "2026-12-09T23:00:00.001Z", "2026-12-25"],
    ["on the 24th in summer", twice, "2026-07-24T21:59:59.999Z", "2026-07-25"],
    ["on the 25th in summer", twice, "2026-07-24T22:00:00.000Z", "2026-08-10"],
    ["weekly, on the Monday itself", monday, "2026-12-07T09:00:00+01:00", "2026-12-14"],
    ["weekly, the Sunday before", monday, "2026-12-06T23:59:59+01:00", "2026-12-07"],
    ["monthly, on the last day", monthly, "2026-11-30T10:00:00+01:00", "2026-12-31"],
    ["monthly, the day before the last", monthly, "2026-11-29T10:00:00+01:00", "2026-11-30"],
  ])("%s", (_why, calendar, availableAt, run) => {
    expect(payoutRunFor(calendar, t(availableAt))).toBe(run);
  });
});

describe("effectiveSchedule", () => {
  it("is the plan's when it has one, else the marketplace's", () => {
    expect(effectiveSchedule("TWICE_MONTHLY", "WEEKLY")).toBe("WEEKLY");
    expect(effectiveSchedule("TWICE_MONTHLY", null)).toBe("TWICE_MONTHLY");
    expect(effectiveSchedule("MONTHLY", undefined)).toBe("MONTHLY");
    expect(effectiveSchedule("ON_REQUEST", "MONTHLY")).toBe("MONTHLY");
  });
});

describe("properties", () => {
  const instant = fc.date({ min: t("2000-01-01T00:00:00Z"), max: t("2099-12-31T00:00:00Z"), noInvalidDate: true });
  const calendar = fc.record({
    schedule: fc.constantFrom<PayoutSchedule>("TWICE_MONTHLY", "WEEKLY", "MONTHLY"),
    weekday: fc.integer({ min: 1, max: 7 }),
  });
  const todayOf = (now: Date) => formatRunDate(localDateOf(now));

  it("latestRunDate(now) ≤ now's date < nextRunDate(now), their cutoffs around now", () => {
    fc.assert(
      fc.property(calendar, instant, (c, now) => {
        const latest = latestRunDate(c, now)!;
        const next = nextRunDate(c, now)!;
        expect(latest <= todayOf(now)).toBe(true);
        expect(todayOf(now) < next).toBe(true);
        expect(cutoffOf(latest).getTime()).toBeLessThanOrEqual(now.getTime());
        expect(cutoffOf(next).getTime()).toBeGreaterThan(now.getTime());
        // Consecutive: the run after the latest is the next one.
        expect(nextRunDate(c, cutoffOf(latest))).toBe(next);
      }),
    );
  });

  it("cutoffOf(payoutRunFor(c, t)) > t, and the run before it had its cutoff at or before t", () => {
    fc.assert(
      fc.property(calendar, instant, (c, availableAt) => {
        const run = payoutRunFor(c, availableAt)!;
        expect(cutoffOf(run).getTime()).toBeGreaterThan(availableAt.getTime());
        expect(cutoffOf(latestRunDate(c, availableAt)!).getTime()).toBeLessThanOrEqual(availableAt.getTime());
      }),
    );
  });

  it("a run date's cutoff is 00:00 of that very date in Paris", () => {
    fc.assert(
      fc.property(instant, (now) => {
        const date = todayOf(now);
        const cutoff = cutoffOf(date);
        expect(todayOf(cutoff)).toBe(date);
        expect(todayOf(new Date(cutoff.getTime() - 1))).not.toBe(date);
        expect(cutoff.getTime()).toBeLessThanOrEqual(now.getTime());
      }),
    );
  });

  it("weekly runs fall on the weekday, 7 days apart; monthly ones on the month's last day", () => {
    fc.assert(
      fc.property(calendar, instant, (c, now) => {
        const next = nextRunDate(c, now)!;
        const { year, month, day } = parseRunDate(next);
        if (c.schedule === "WEEKLY") {
          expect(new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7).toBe(c.weekday);
          const after = nextRunDate(c, cutoffOf(next))!;
          expect(Date.parse(after) - Date.parse(next)).toBe(7 * 24 * 60 * 60 * 1000);
        } else if (c.schedule === "MONTHLY") {
          expect(new Date(Date.UTC(year, month - 1, day + 1)).getUTCDate()).toBe(1);
        } else {
          expect([10, 25]).toContain(day);
        }
      }),
    );
  });
});
