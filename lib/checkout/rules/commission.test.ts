import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commissionRateFor,
  computeCommission,
  estimatePaymentFee,
  splitPaymentFee,
  type CommissionLine,
  type CommissionPlan,
} from "./commission";

const standard: CommissionPlan = {
  defaultCommissionBps: 1000,
  commissionFreeSales: 0,
  rules: [{ productKind: "SERVICE", categoryId: null, rateBps: 2000 }],
};
const line = (
  lineAmount: number,
  kind: CommissionLine["kind"] = "PHYSICAL",
  categoryPath: string[] = [],
): CommissionLine => ({ lineAmount, kind, categoryPath });

describe("commissionRateFor", () => {
  it("10 % on products, 20 % on services (the kind rule), the default otherwise", () => {
    expect(commissionRateFor(standard, line(1, "PHYSICAL"))).toBe(1000);
    expect(commissionRateFor(standard, line(1, "SERVICE"))).toBe(2000);
    expect(commissionRateFor(standard, line(1, "DIGITAL"))).toBe(1000);
  });

  it("a category rule (on the category or its nearest ancestor) wins over the kind", () => {
    const plan: CommissionPlan = {
      ...standard,
      rules: [
        ...standard.rules,
        { productKind: null, categoryId: "food", rateBps: 500 },
        { productKind: null, categoryId: "bread", rateBps: 300 },
      ],
    };
    expect(commissionRateFor(plan, line(1, "SERVICE", ["bread", "food"]))).toBe(300);
    expect(commissionRateFor(plan, line(1, "SERVICE", ["cheese", "food"]))).toBe(500);
    expect(commissionRateFor(plan, line(1, "SERVICE", ["books"]))).toBe(2000);
  });
});

describe("computeCommission", () => {
  it("sums per rate and spreads back over the lines", () => {
    const result = computeCommission(standard, [line(1250), line(999), line(3000, "SERVICE")], 0);
    // 10 % of 2249 = 224.9 → 225; 20 % of 3000 = 600
    expect(result.commissionAmount).toBe(825);
    expect(result.lines.map((l) => l.rateBps)).toEqual([1000, 1000, 2000]);
    expect(result.lines.map((l) => l.commissionAmount)).toEqual([125, 100, 600]);
  });

  it("no commission during the plan's commission-free first sales, from the next sale on", () => {
    const trial: CommissionPlan = { ...standard, commissionFreeSales: 10 };
    expect(computeCommission(trial, [line(5000)], 9).commissionAmount).toBe(0);
    expect(computeCommission(trial, [line(5000)], 10).commissionAmount).toBe(500);
    expect(computeCommission(null, [line(5000)], 0).commissionAmount).toBe(0);
  });

  it("the lines always sum to the part's commission, never more than the lines themselves", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lineAmount: fc.integer({ min: 0, max: 500_000 }),
            kind: fc.constantFrom("PHYSICAL", "SERVICE", "DIGITAL") as fc.Arbitrary<CommissionLine["kind"]>,
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.integer({ min: 0, max: 10_000 }),
        (lines, rate) => {
          const plan: CommissionPlan = {
            defaultCommissionBps: rate,
            commissionFreeSales: 0,
            rules: [{ productKind: "SERVICE", categoryId: null, rateBps: Math.min(10_000, rate * 2) }],
          };
          const result = computeCommission(
            plan,
            lines.map((l) => ({ ...l, categoryPath: [] })),
            0,
          );
          expect(result.lines.reduce((sum, l) => sum + l.commissionAmount, 0)).toBe(result.commissionAmount);
          result.lines.forEach((l, index) => {
            expect(l.commissionAmount).toBeGreaterThanOrEqual(0);
            expect(l.commissionAmount).toBeLessThanOrEqual(lines[index].lineAmount);
          });
        },
      ),
    );
  });
});

describe("payment fee", () => {
  it("estimates the provider's fee and charges each passing-through shop its share", () => {
    expect(estimatePaymentFee({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 }, 10_000)).toBe(175);
    expect(estimatePaymentFee({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 }, 0)).toBe(0);
    expect(
      splitPaymentFee(175, [
        { totalAmount: 7500, passThrough: true },
        { totalAmount: 2500, passThrough: false },
      ]),
    ).toEqual([131, 0]);
  });

  it("shares always sum to the fee when every shop passes it through", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (fee, totals) => {
          const shares = splitPaymentFee(
            fee,
            totals.map((totalAmount) => ({ totalAmount, passThrough: true })),
          );
          expect(shares.reduce((a, b) => a + b, 0)).toBe(fee);
        },
      ),
    );
  });
});
