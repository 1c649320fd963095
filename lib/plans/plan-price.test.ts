import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { termListPriceOf, termPriceOf, termSavingOf } from "./plan-price";

const rent = (monthlyFeeAmount: number, termMonths: number, discountBps: number) =>
  ({ billing: "FIXED_TERM", monthlyFeeAmount, termMonths, discountBps }) as const;

describe("termPriceOf", () => {
  it("is the monthly fee for a monthly plan, whatever its term and discount", () => {
    expect(termPriceOf({ billing: "MONTHLY", monthlyFeeAmount: 3999, termMonths: 12, discountBps: 2000 })).toBe(3999);
    expect(termPriceOf({ billing: "MONTHLY", monthlyFeeAmount: 0, termMonths: 1, discountBps: 0 })).toBe(0);
    expect(termSavingOf({ billing: "MONTHLY", monthlyFeeAmount: 3999, termMonths: 12, discountBps: 2000 })).toBe(0);
  });

  it("multiplies a fixed term's months and takes its discount off", () => {
    expect(termPriceOf(rent(2000, 1, 0))).toBe(2000);
    expect(termPriceOf(rent(2000, 3, 500))).toBe(5700); // 6000 − 300
    expect(termPriceOf(rent(2000, 6, 1000))).toBe(10800); // 12000 − 1200
    expect(termPriceOf(rent(2000, 12, 2000))).toBe(19200); // 24000 − 4800
    expect(termListPriceOf(rent(2000, 12, 2000))).toBe(24000);
    expect(termSavingOf(rent(2000, 12, 2000))).toBe(4800);
  });

  it("rounds the discount half up to the minor unit", () => {
    // 3 × 1999 = 5997; 5 % = 299.85 → 300
    expect(termPriceOf(rent(1999, 3, 500))).toBe(5697);
    // 1 × 333 = 333; 5 % = 16.65 → 17
    expect(termPriceOf(rent(333, 1, 500))).toBe(316);
  });

  it("is a whole amount between the discounted bound and the list price, for any term", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(1, 3, 6, 12),
        fc.integer({ min: 0, max: 9000 }),
        (fee, months, discount) => {
          const price = termPriceOf(rent(fee, months, discount));
          expect(Number.isSafeInteger(price)).toBe(true);
          expect(price).toBeLessThanOrEqual(fee * months);
          expect(price).toBeGreaterThanOrEqual(0);
          expect(price + termSavingOf(rent(fee, months, discount))).toBe(fee * months);
        },
      ),
    );
  });
});
