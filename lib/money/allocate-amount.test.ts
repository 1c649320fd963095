import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateAmount, applyRate } from "./allocate-amount";

describe("allocateAmount", () => {
  it("splits in proportion and gives leftover cents to the largest remainders", () => {
    expect(allocateAmount(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateAmount(1000, [3000, 1000])).toEqual([750, 250]);
    expect(allocateAmount(5, [0, 10])).toEqual([0, 5]);
    expect(allocateAmount(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it("splits evenly when every weight is zero", () => {
    expect(allocateAmount(7, [0, 0])).toEqual([4, 3]);
  });

  it("refuses cents that are not whole, negative weights, and a total with no parts", () => {
    expect(() => allocateAmount(1.5, [1])).toThrow(RangeError);
    expect(() => allocateAmount(10, [-1, 2])).toThrow(RangeError);
    expect(() => allocateAmount(10, [])).toThrow(RangeError);
    expect(allocateAmount(0, [])).toEqual([]);
  });

  it("never loses or invents a cent, and no part strays more than a cent from its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_00 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocateAmount(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, index) => {
            expect(Number.isInteger(part)).toBe(true);
            const exact = sum === 0 ? total / weights.length : (total * weights[index]) / sum;
            expect(Math.abs(part - exact)).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe("applyRate", () => {
  it("rounds half up to the cent", () => {
    expect(applyRate(1250, 1000)).toBe(125);
    expect(applyRate(1255, 1000)).toBe(126); // 125.5 → 126
    expect(applyRate(1254, 1000)).toBe(125);
    expect(applyRate(999, 2000)).toBe(200); // 199.8
    expect(applyRate(-1255, 1000)).toBe(-126);
    expect(applyRate(1234, 0)).toBe(0);
  });
});
