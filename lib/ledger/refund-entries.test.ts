import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saleEntriesOf } from "./record-sale-entries";
import { ambassadorReversalsOf, paidAmountOf, refundableAmountOf, refundEntriesOf } from "./refund-entries";

const sum = (entries: { amount: number }[]) => entries.reduce((total, entry) => total + entry.amount, 0);
const ofType = (entries: { type: string; amount: number }[], type: string) =>
  sum(entries.filter((entry) => entry.type === type));

describe("refundEntriesOf", () => {
  const part = { itemsAmount: 2500, deliveryFeeAmount: 690, commissionAmount: 250, refundedAmount: 0 };

  it("takes back everything paid and gives the whole commission back on a full refund", () => {
    expect(refundEntriesOf(part, 3190)).toEqual([
      { type: "REFUND", amount: -3190 },
      { type: "COMMISSION", amount: 250 },
    ]);
  });

  it("gives the commission back pro rata, rounded half up", () => {
    // 250 × 1595 / 3190 = 125
    expect(refundEntriesOf(part, 1595)).toEqual([
      { type: "REFUND", amount: -1595 },
      { type: "COMMISSION", amount: 125 },
    ]);
    // the rest of the commission comes with the rest of the refund
    expect(refundEntriesOf({ ...part, refundedAmount: 1595 }, 1595)).toEqual([
      { type: "REFUND", amount: -1595 },
      { type: "COMMISSION", amount: 125 },
    ]);
  });

  it("writes no commission entry when there was no commission, and nothing for nothing", () => {
    expect(refundEntriesOf({ ...part, commissionAmount: 0 }, 3190)).toEqual([{ type: "REFUND", amount: -3190 }]);
    expect(refundEntriesOf(part, 0)).toEqual([]);
  });

  it("gives the VAT on fees back with the commission, pro rata", () => {
    const taxed = { ...part, feesVatAmount: 50 };
    // 50 × 1595 / 3190 = 25
    expect(refundEntriesOf(taxed, 1595)).toEqual([
      { type: "REFUND", amount: -1595 },
      { type: "COMMISSION", amount: 125 },
      { type: "FEE_VAT", amount: 25 },
    ]);
    expect(refundEntriesOf(taxed, 3190)).toContainEqual({ type: "FEE_VAT", amount: 50 });
  });

  it("refuses a refund over what is left, or not a whole number of cents", () => {
    expect(() => refundEntriesOf(part, 3191)).toThrow(RangeError);
    expect(() => refundEntriesOf({ ...part, refundedAmount: 3000 }, 191)).toThrow(RangeError);
    expect(() => refundEntriesOf(part, -1)).toThrow(RangeError);
    expect(() => refundEntriesOf(part, 1.5)).toThrow(RangeError);
  });

  const arbitraryPart = fc
    .record({
      itemsAmount: fc.integer({ min: 0, max: 5_000_000 }),
      deliveryFeeAmount: fc.integer({ min: 0, max: 100_000 }),
      rateBps: fc.integer({ min: 0, max: 10_000 }),
      paymentFeeAmount: fc.integer({ min: 0, max: 10_000 }),
      vatBps: fc.integer({ min: 0, max: 2500 }),
    })
    .map(({ itemsAmount, deliveryFeeAmount, rateBps, paymentFeeAmount, vatBps }) => {
      const commissionAmount = Math.round((itemsAmount * rateBps) / 10_000);
      return {
        itemsAmount,
        deliveryFeeAmount,
        commissionAmount,
        feesVatAmount: Math.min(Math.round((commissionAmount * vatBps) / 10_000), itemsAmount - commissionAmount),
        paymentFeeAmount,
      };
    });

  /** The part's successive refunds: cut points in what was paid, in order. */
  const partAndRefunds = arbitraryPart.chain((sale) =>
    fc.array(fc.integer({ min: 0, max: Math.max(0, paidAmountOf(sale)) }), { maxLength: 6 }).map((cuts) => {
      const points = [...cuts].sort((a, b) => a - b);
      return { sale, refunds: points.map((point, index) => point - (index === 0 ? 0 : points[index - 1])) };
    }),
  );

  it("never lets a shop keep more than it sold minus what was refunded, never makes the commission negative, loses or invents no cent", () => {
    fc.assert(
      fc.property(partAndRefunds, ({ sale, refunds }) => {
        const entries = [...saleEntriesOf(sale)];
        let refunded = 0;
        for (const amount of refunds) {
          const step = refundEntriesOf({ ...sale, refundedAmount: refunded }, amount);
          // exactly what goes back to the shopper leaves the shop's balance, to the cent
          expect(ofType(step, "REFUND") + amount).toBe(0);
          entries.push(...step);
          refunded += amount;
          const commissionKept = 0 - ofType(entries, "COMMISSION");
          const vatKept = 0 - ofType(entries, "FEE_VAT");
          expect(vatKept).toBeGreaterThanOrEqual(0);
          expect(vatKept).toBeLessThanOrEqual(sale.feesVatAmount);
          expect(commissionKept).toBeGreaterThanOrEqual(0);
          expect(commissionKept).toBeLessThanOrEqual(sale.commissionAmount);
          expect(sum(entries)).toBeLessThanOrEqual(paidAmountOf(sale) - refunded);
          expect(refundableAmountOf({ ...sale, refundedAmount: refunded })).toBe(paidAmountOf(sale) - refunded);
        }
        // Every cent is somewhere: the shop's entries + Halle's commission kept + the provider's
        // fee + what the shopper got back = what the shopper paid.
        const commissionKept = 0 - ofType(entries, "COMMISSION");
        const vatKept = 0 - ofType(entries, "FEE_VAT");
        expect(sum(entries) + commissionKept + vatKept + sale.paymentFeeAmount + refunded).toBe(paidAmountOf(sale));
        // Everything refunded: the whole commission and its VAT are given back, the payment fee stays with the shop.
        if (refunded === paidAmountOf(sale)) {
          expect(commissionKept).toBe(0);
          expect(vatKept).toBe(0);
          expect(sum(entries) + sale.paymentFeeAmount).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("ambassadorReversalsOf", () => {
  const part = { itemsAmount: 5000, deliveryFeeAmount: 0, refundedAmount: 0 };
  const earning = (earned: number, reversed = 0, orderLineId = "l1") => ({
    ambassadorId: "a1",
    orderLineId,
    earned,
    reversed,
  });

  it("reverses each line's share in proportion to the refund, all of it on a full refund", () => {
    // half of 50,00 € refunded: half of 3,50 € = 1,75 €
    expect(ambassadorReversalsOf(part, 2500, [earning(350)])).toEqual([
      { ambassadorId: "a1", orderLineId: "l1", amount: -175 },
    ]);
    expect(ambassadorReversalsOf(part, 5000, [earning(350), earning(140, 0, "l2")])).toEqual([
      { ambassadorId: "a1", orderLineId: "l1", amount: -350 },
      { ambassadorId: "a1", orderLineId: "l2", amount: -140 },
    ]);
  });

  it("never reverses more than was earned, nor what was already reversed", () => {
    expect(ambassadorReversalsOf({ ...part, refundedAmount: 2500 }, 2500, [earning(350, 175)])).toEqual([
      { ambassadorId: "a1", orderLineId: "l1", amount: -175 },
    ]);
    expect(ambassadorReversalsOf({ ...part, refundedAmount: 2500 }, 2500, [earning(350, 350)])).toEqual([]);
    expect(ambassadorReversalsOf(part, 0, [earning(350)])).toEqual([]);
  });

  it("successive refunds reverse exactly the share, never more, and keep pace with the commission", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 6 }),
        (paid, rawShare, cuts) => {
          const commission = Math.min(paid, rawShare * 2);
          const share = Math.min(rawShare, commission);
          const points = cuts.map((cut) => cut % (paid + 1)).sort((a, b) => a - b);
          let refunded = 0;
          let reversed = 0;
          let commissionBack = 0;
          for (const point of [...points, paid]) {
            const amount = point - refunded;
            const state = {
              itemsAmount: paid,
              deliveryFeeAmount: 0,
              refundedAmount: refunded,
              commissionAmount: commission,
            };
            const step = ambassadorReversalsOf(state, amount, [earning(share, reversed)]);
            reversed -= step.reduce((total, entry) => total + entry.amount, 0);
            commissionBack += ofType(refundEntriesOf(state, amount), "COMMISSION");
            refunded = point;
            expect(reversed).toBeLessThanOrEqual(share);
            // what the marketplace keeps of the commission stays at least what the ambassador keeps of the share
            expect(commission - commissionBack).toBeGreaterThanOrEqual(share - reversed - 1);
          }
          expect(reversed).toBe(share);
        },
      ),
      { numRuns: 300 },
    );
  });
});
