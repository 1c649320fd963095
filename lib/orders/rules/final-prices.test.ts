import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FINAL_PRICE_ERRORS,
  finalAmountField,
  finalPriceSummary,
  maxFinalAmount,
  pendingFinalLines,
  resolveFinalPrices,
  type FinalPriceLine,
} from "./final-prices";

// The rule of docs/domain.md, estimated prices: 0 < final ≤ estimate × (1 + margin) rounded down;
// below what was paid is refunded, above is settled at the counter (click & collect) or refused.

const line = (id: string, lineAmount: number, extra: Partial<FinalPriceLine> = {}): FinalPriceLine => ({
  id,
  estimatedPrice: true,
  lineAmount,
  finalLineAmount: null,
  ...extra,
});

const collect = { marginBps: 1000, deliveryMethod: "CLICK_AND_COLLECT" } as const;
const postal = { marginBps: 1000, deliveryMethod: "POSTAL" } as const;

describe("maxFinalAmount", () => {
  it("adds the margin and rounds down to a minor unit", () => {
    expect(maxFinalAmount(1000, 1000)).toBe(1100);
    expect(maxFinalAmount(999, 1000)).toBe(1098); // 1098.9
    expect(maxFinalAmount(1, 1000)).toBe(1);
    expect(maxFinalAmount(1234, 0)).toBe(1234);
    expect(maxFinalAmount(0, 1000)).toBe(0);
  });

  it("refuses fractions and negatives", () => {
    expect(() => maxFinalAmount(1.5, 1000)).toThrow(RangeError);
    expect(() => maxFinalAmount(-1, 1000)).toThrow(RangeError);
    expect(() => maxFinalAmount(100, -1)).toThrow(RangeError);
  });

  it("property: never below the estimate, never above the exact margin, and exact to within one unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 10_000 }), (estimate, bps) => {
        const max = maxFinalAmount(estimate, bps);
        expect(Number.isSafeInteger(max)).toBe(true);
        expect(max).toBeGreaterThanOrEqual(estimate);
        // max ≤ estimate × (1 + bps / 10 000) < max + 1, in integers
        expect(max * 10_000).toBeLessThanOrEqual(estimate * (10_000 + bps));
        expect((max + 1) * 10_000).toBeGreaterThan(estimate * (10_000 + bps));
      }),
    );
  });
});

describe("resolveFinalPrices", () => {
  it("a lower final refunds the difference; an equal one refunds nothing", () => {
    expect(resolveFinalPrices([line("a", 900)], { a: 780 }, postal)).toEqual({
      ok: true,
      finals: [{ lineId: "a", finalAmount: 780 }],
      refundAmount: 120,
      settleAmount: 0,
    });
    expect(resolveFinalPrices([line("a", 900)], { a: 900 }, postal)).toMatchObject({
      refundAmount: 0,
      settleAmount: 0,
    });
  });

  it("above what was paid: settled at the counter for click & collect, refused for a part that travels", () => {
    expect(resolveFinalPrices([line("a", 900)], { a: 990 }, collect)).toMatchObject({
      ok: true,
      refundAmount: 0,
      settleAmount: 90,
    });
    for (const deliveryMethod of ["POSTAL", "LOCAL_COURIER"] as const)
      expect(resolveFinalPrices([line("a", 900)], { a: 901 }, { ...postal, deliveryMethod })).toEqual({
        ok: false,
        fieldErrors: { [finalAmountField("a")]: FINAL_PRICE_ERRORS.abovePaid },
      });
  });

  it("refuses a missing, unreadable, zero or over-the-margin amount, per line", () => {
    const lines = [line("a", 900), line("b", 900), line("c", 900), line("d", 900), line("e", 900)];
    expect(resolveFinalPrices(lines, { b: null, c: 0, d: 991, e: 990.5 }, collect)).toEqual({
      ok: false,
      fieldErrors: {
        [finalAmountField("a")]: FINAL_PRICE_ERRORS.required,
        [finalAmountField("b")]: FINAL_PRICE_ERRORS.invalid,
        [finalAmountField("c")]: FINAL_PRICE_ERRORS.notPositive,
        [finalAmountField("d")]: FINAL_PRICE_ERRORS.aboveMargin,
        [finalAmountField("e")]: FINAL_PRICE_ERRORS.invalid,
      },
    });
  });

  it("only asks for estimated lines still without a final amount, and ignores the rest", () => {
    const lines = [line("a", 900, { estimatedPrice: false }), line("b", 500, { finalLineAmount: 450 }), line("c", 300)];
    expect(pendingFinalLines(lines).map((l) => l.id)).toEqual(["c"]);
    expect(resolveFinalPrices(lines, { a: 1, b: 1, c: 250 }, postal)).toEqual({
      ok: true,
      finals: [{ lineId: "c", finalAmount: 250 }],
      refundAmount: 50,
      settleAmount: 0,
    });
    expect(resolveFinalPrices([line("x", 100, { estimatedPrice: false })], {}, postal)).toMatchObject({
      ok: true,
      finals: [],
      refundAmount: 0,
    });
  });

  it("nets the lines of a click & collect part: only the balance changes hands", () => {
    const lines = [line("a", 1000), line("b", 1000)];
    const cases: [number, number, number, number][] = [
      [950, 1100, 0, 50],
      [900, 1100, 0, 0],
      [800, 1050, 150, 0],
    ];
    for (const [a, b, refundAmount, settleAmount] of cases)
      expect(resolveFinalPrices(lines, { a, b }, collect)).toMatchObject({ refundAmount, settleAmount });
  });

  it("property: accepted finals stay within (0, max]; the refund and the settlement balance the difference", () => {
    const arbitraryLine = fc.record({
      paid: fc.integer({ min: 1, max: 1_000_000 }),
      ratio: fc.double({ min: 0, max: 1.3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryLine, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom("CLICK_AND_COLLECT", "POSTAL", "LOCAL_COURIER" as const),
        (drawn, marginBps, deliveryMethod) => {
          const lines = drawn.map((d, index) => line(`l${index}`, d.paid));
          const typed = Object.fromEntries(drawn.map((d, index) => [`l${index}`, Math.floor(d.paid * d.ratio)]));
          const result = resolveFinalPrices(lines, typed, { marginBps, deliveryMethod });
          const everyValid = lines.every((l) => {
            const value = typed[l.id];
            const ceiling =
              deliveryMethod === "CLICK_AND_COLLECT" ? maxFinalAmount(l.lineAmount, marginBps) : l.lineAmount;
            return value > 0 && value <= Math.min(ceiling, maxFinalAmount(l.lineAmount, marginBps));
          });
          expect(result.ok).toBe(everyValid);
          if (!result.ok) return;
          const paid = lines.reduce((sum, l) => sum + l.lineAmount, 0);
          const final = result.finals.reduce((sum, f) => sum + f.finalAmount, 0);
          expect(final - paid).toBe(result.settleAmount - result.refundAmount);
          expect(Math.min(result.refundAmount, result.settleAmount)).toBe(0);
          if (deliveryMethod !== "CLICK_AND_COLLECT") expect(result.settleAmount).toBe(0);
        },
      ),
    );
  });
});

describe("finalPriceSummary", () => {
  it("is null until an estimated line is priced, then sums the priced lines", () => {
    expect(finalPriceSummary([line("a", 900)])).toBeNull();
    expect(finalPriceSummary([line("a", 900, { estimatedPrice: false, finalLineAmount: 1 })])).toBeNull();
    expect(finalPriceSummary([line("a", 900, { finalLineAmount: 700 }), line("b", 500)])).toEqual({
      estimatedAmount: 900,
      finalAmount: 700,
      refundAmount: 200,
      settleAmount: 0,
    });
  });
});
