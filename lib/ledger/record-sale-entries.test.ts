import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { netAmountOf, saleEntriesOf } from "./record-sale-entries";

const part = (over: Partial<Parameters<typeof saleEntriesOf>[0]> = {}) => ({
  id: "so1",
  shopId: "s1",
  currency: "EUR",
  itemsAmount: 2500,
  deliveryFeeAmount: 690,
  commissionAmount: 250,
  paymentFeeAmount: 48,
  ...over,
});

describe("saleEntriesOf", () => {
  it("credits the sale and shipping, debits commission and payment fee", () => {
    expect(saleEntriesOf(part())).toEqual([
      { type: "SALE", amount: 2500 },
      { type: "SHIPPING", amount: 690 },
      { type: "COMMISSION", amount: -250 },
      { type: "PAYMENT_FEE", amount: -48 },
    ]);
  });

  it("debits the VAT on fees after the commission", () => {
    // commission 2,50 € at 20 % VAT = 0,50 €
    expect(saleEntriesOf(part({ feesVatAmount: 50 }))).toEqual([
      { type: "SALE", amount: 2500 },
      { type: "SHIPPING", amount: 690 },
      { type: "COMMISSION", amount: -250 },
      { type: "FEE_VAT", amount: -50 },
      { type: "PAYMENT_FEE", amount: -48 },
    ]);
    expect(netAmountOf(part({ feesVatAmount: 50 }))).toBe(2500 + 690 - 250 - 50 - 48);
  });

  it("leaves out zero shipping, commission and fee (click & collect, trial, no pass-through)", () => {
    expect(saleEntriesOf(part({ deliveryFeeAmount: 0, commissionAmount: 0, paymentFeeAmount: 0 }))).toEqual([
      { type: "SALE", amount: 2500 },
    ]);
  });

  it("always sums to items + shipping − commission − fee", () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        (itemsAmount, deliveryFeeAmount, commissionAmount, paymentFeeAmount) => {
          const entries = saleEntriesOf(part({ itemsAmount, deliveryFeeAmount, commissionAmount, paymentFeeAmount }));
          const sum = entries.reduce((total, entry) => total + entry.amount, 0);
          expect(sum).toBe(itemsAmount + deliveryFeeAmount - commissionAmount - paymentFeeAmount);
          expect(netAmountOf(part({ itemsAmount, deliveryFeeAmount, commissionAmount, paymentFeeAmount }))).toBe(sum);
          expect(entries.every((entry) => entry.type === "SALE" || entry.amount !== 0)).toBe(true);
        },
      ),
    );
  });
});
