import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  chargeAmounts,
  monthStartOf,
  nextMonthStartOf,
  periodKeyOf,
  planChangeTiming,
  prorate,
  proratedFeeFrom,
  remainingDaysOf,
  upgradeChargeFrom,
  zonedInstant,
} from "./plan-charges";

describe("months in the marketplace's time zone (Europe/Paris)", () => {
  it.each([
    // 23:30 UTC on 31 December is already 1 January in Paris
    ["2026-12-31T23:30:00Z", "2027-01", "2026-12-31T23:00:00.000Z", "2027-01-31T23:00:00.000Z"],
    ["2026-12-31T22:59:59Z", "2026-12", "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z"],
    // summer time: the 1st starts at 22:00 UTC the day before
    ["2026-07-15T12:00:00Z", "2026-07", "2026-06-30T22:00:00.000Z", "2026-07-31T22:00:00.000Z"],
    // the month in which summer time starts (29 March 2026)
    ["2026-03-30T00:00:00Z", "2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
  ])("%s is in %s, which runs from %s to %s", (instant, key, start, end) => {
    const at = new Date(instant);
    expect(periodKeyOf(at)).toBe(key);
    expect(monthStartOf(at).toISOString()).toBe(start);
    expect(nextMonthStartOf(at).toISOString()).toBe(end);
  });

  it("finds the instant of a local wall time", () => {
    expect(zonedInstant(2026, 1, 1).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(zonedInstant(2026, 8, 1, "Europe/Paris", 9).toISOString()).toBe("2026-08-01T07:00:00.000Z");
  });

  it.each([
    ["2026-01-31T10:00:00Z", 1, "2026-02-28T10:00:00.000Z"],
    ["2028-01-31T10:00:00Z", 1, "2028-02-29T10:00:00.000Z"],
    ["2026-01-15T10:00:00Z", 3, "2026-04-15T09:00:00.000Z"], // same local time, summer time in April
    ["2026-11-30T23:00:00Z", 3, "2027-02-28T23:00:00.000Z"], // 1 December 00:00 → 1 March 00:00
    ["2026-05-10T08:00:00Z", 12, "2027-05-10T08:00:00.000Z"],
  ])("%s + %i months = %s", (instant, months, expected) => {
    expect(addMonths(new Date(instant), months).toISOString()).toBe(expected);
  });

  it.each([
    ["2026-12-01T00:00:00+01:00", 31, 31],
    ["2026-12-31T23:59:00+01:00", 1, 31],
    ["2026-02-15T12:00:00+01:00", 14, 28],
    ["2028-02-15T12:00:00+01:00", 15, 29],
    ["2026-04-30T23:30:00+02:00", 1, 30],
  ])("on %s, %i of %i days are left (today included)", (instant, remaining, days) => {
    expect(remainingDaysOf(new Date(instant))).toEqual({ remaining, days });
  });
});

describe("proration", () => {
  it.each([
    // fee, remaining, days → amount (half up)
    [3999, 31, 31, 3999],
    [3999, 0, 31, 0],
    [3999, 16, 31, 2064], // 2064.0…
    [3999, 10, 30, 1333], // 1333.0
    [1000, 1, 3, 333], // 333.33
    [1000, 2, 3, 667], // 666.67
    [1, 1, 2, 1], // 0.5 → 1 (half up)
    [3, 1, 2, 2], // 1.5 → 2
    [1900, 15, 28, 1018], // 1017.857
  ])("%i × %i / %i = %i", (fee, remaining, days, expected) => {
    expect(prorate(fee, remaining, days)).toBe(expected);
  });

  it("refuses what cannot be a proration", () => {
    expect(() => prorate(-1, 1, 30)).toThrow(RangeError);
    expect(() => prorate(100, 31, 30)).toThrow(RangeError);
    expect(() => prorate(100, 1, 0)).toThrow(RangeError);
    expect(() => prorate(10.5, 1, 30)).toThrow(RangeError);
  });

  it("never exceeds the fee and is monotone in the days left", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 28, max: 31 }), (fee, days) => {
        let previous = 0;
        for (let remaining = 0; remaining <= days; remaining++) {
          const amount = prorate(fee, remaining, days);
          expect(amount).toBeGreaterThanOrEqual(previous);
          expect(amount).toBeLessThanOrEqual(fee);
          previous = amount;
        }
        expect(previous).toBe(fee);
      }),
    );
  });

  it("prorates from an instant: approved on 16 December → 16 days of 31", () => {
    expect(proratedFeeFrom(3999, new Date("2026-12-16T09:00:00+01:00"))).toBe(2064);
    expect(proratedFeeFrom(3999, new Date("2026-12-01T00:00:00+01:00"))).toBe(3999);
  });
});

describe("plan changes", () => {
  it.each([
    [1900, 3999, "upgrade"],
    [3999, 1900, "downgrade"],
    [1900, 0, "downgrade"],
    [0, 0, "same-fee"],
    [3999, 3999, "same-fee"],
  ] as const)("%i → %i is %s", (from, to, timing) => {
    expect(planChangeTiming(from, to)).toBe(timing);
  });

  it("charges an upgrade the difference for the rest of the month, a downgrade nothing", () => {
    const midMonth = new Date("2026-11-16T10:00:00+01:00"); // 15 of 30 days left
    expect(upgradeChargeFrom(1900, 3999, midMonth)).toBe(1050); // 2099 × 15 / 30 = 1049.5 → 1050
    expect(upgradeChargeFrom(3999, 1900, midMonth)).toBe(0);
    expect(upgradeChargeFrom(0, 3999, new Date("2026-11-01T00:00:00+01:00"))).toBe(3999);
  });
});

describe("VAT", () => {
  it.each([
    [3999, 0, 0, 3999],
    [3999, 2000, 800, 4799], // 799.8 → 800
    [2064, 2000, 413, 2477], // 412.8 → 413
    [1, 2000, 0, 1], // 0.2 → 0
  ])("%i excl. VAT at %i bps: VAT %i, total %i", (amount, bps, vat, total) => {
    expect(chargeAmounts(amount, bps)).toEqual({
      amountExclVat: amount,
      vatRateBps: bps,
      vatAmount: vat,
      totalAmount: total,
    });
  });
});
