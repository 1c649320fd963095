import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saleEntriesOf } from "@/lib/ledger/sale-entries";
import { paidAmountOf, refundEntriesOf } from "@/lib/ledger/refund-entries";
import {
  quantityField,
  REFUND_ERRORS,
  refundLinePrice,
  resolveRefund,
  type RefundRequest,
  type RefundTarget,
} from "./refund-request";

const sum = (entries: { amount: number }[]) => entries.reduce((total, entry) => total + entry.amount, 0);

// 2 × 4.50 € bread and 1 × 28 € bowl, posted for 6.90 €: 43.90 € paid.
const part: RefundTarget = {
  itemsAmount: 3700,
  deliveryFeeAmount: 690,
  commissionAmount: 370,
  refundedAmount: 0,
  lines: [
    { id: "l1", unitPriceAmount: 450, quantity: 2, refundedQuantity: 0 },
    { id: "l2", unitPriceAmount: 2800, quantity: 1, refundedQuantity: 0 },
  ],
};

describe("resolveRefund", () => {
  it("refunds the whole remaining amount, an amount, or lines at their unit price", () => {
    expect(resolveRefund(part, { kind: "all" })).toEqual({ ok: true, refund: { amount: 4390, lines: [] } });
    expect(resolveRefund({ ...part, refundedAmount: 1000 }, { kind: "all" })).toEqual({
      ok: true,
      refund: { amount: 3390, lines: [] },
    });
    expect(resolveRefund(part, { kind: "amount", amount: 1250 })).toEqual({
      ok: true,
      refund: { amount: 1250, lines: [] },
    });
    expect(
      resolveRefund(part, {
        kind: "lines",
        lines: [
          { orderLineId: "l1", quantity: 1 },
          { orderLineId: "l2", quantity: 1 },
        ],
      }),
    ).toEqual({
      ok: true,
      refund: {
        amount: 3250,
        lines: [
          { orderLineId: "l1", quantity: 1 },
          { orderLineId: "l2", quantity: 1 },
        ],
      },
    });
  });

  it("refuses nothing, too much, a line of another part, or more of a line than remains", () => {
    expect(resolveRefund({ ...part, refundedAmount: 4390 }, { kind: "all" })).toEqual({
      ok: false,
      fieldErrors: { form: REFUND_ERRORS.nothingLeft },
    });
    expect(resolveRefund(part, { kind: "amount", amount: 0 })).toMatchObject({
      fieldErrors: { amount: REFUND_ERRORS.amountPositive },
    });
    expect(resolveRefund(part, { kind: "amount", amount: -5 })).toMatchObject({
      fieldErrors: { amount: REFUND_ERRORS.amountPositive },
    });
    expect(resolveRefund(part, { kind: "amount", amount: 4391 })).toMatchObject({
      fieldErrors: { amount: REFUND_ERRORS.amountTooLarge },
    });
    expect(resolveRefund(part, { kind: "lines", lines: [{ orderLineId: "other", quantity: 1 }] })).toMatchObject({
      fieldErrors: { lines: REFUND_ERRORS.lineUnknown },
    });
    expect(resolveRefund(part, { kind: "lines", lines: [{ orderLineId: "l1", quantity: 3 }] })).toMatchObject({
      fieldErrors: { [quantityField("l1")]: REFUND_ERRORS.quantityTooLarge },
    });
    // the same line twice adds up
    expect(
      resolveRefund(part, {
        kind: "lines",
        lines: [
          { orderLineId: "l1", quantity: 2 },
          { orderLineId: "l1", quantity: 1 },
        ],
      }),
    ).toMatchObject({ fieldErrors: { [quantityField("l1")]: REFUND_ERRORS.quantityTooLarge } });
    const l1Done = { ...part, lines: [{ ...part.lines[0], refundedQuantity: 2 }, part.lines[1]] };
    expect(resolveRefund(l1Done, { kind: "lines", lines: [{ orderLineId: "l1", quantity: 1 }] })).toMatchObject({
      fieldErrors: { [quantityField("l1")]: REFUND_ERRORS.quantityTooLarge },
    });
    expect(resolveRefund(part, { kind: "lines", lines: [] })).toMatchObject({
      fieldErrors: { lines: REFUND_ERRORS.nothingChosen },
    });
    // the lines fit but an earlier amount refund left less than they are worth
    expect(
      resolveRefund({ ...part, refundedAmount: 2000 }, { kind: "lines", lines: [{ orderLineId: "l2", quantity: 1 }] }),
    ).toMatchObject({ fieldErrors: { lines: REFUND_ERRORS.amountTooLarge } });
  });

  const arbitraryPart = fc
    .record({
      lines: fc.array(
        fc.record({ unitPriceAmount: fc.integer({ min: 0, max: 100_000 }), quantity: fc.integer({ min: 1, max: 5 }) }),
        { minLength: 1, maxLength: 4 },
      ),
      deliveryFeeAmount: fc.integer({ min: 0, max: 2_000 }),
      rateBps: fc.integer({ min: 0, max: 3_000 }),
      paymentFeeAmount: fc.integer({ min: 0, max: 500 }),
    })
    .map(({ lines, deliveryFeeAmount, rateBps, paymentFeeAmount }) => {
      const itemsAmount = lines.reduce((total, line) => total + line.unitPriceAmount * line.quantity, 0);
      return {
        itemsAmount,
        deliveryFeeAmount,
        commissionAmount: Math.round((itemsAmount * rateBps) / 10_000),
        paymentFeeAmount,
        refundedAmount: 0,
        lines: lines.map((line, index) => ({ ...line, id: `l${index}`, refundedQuantity: 0 })),
      };
    });

  const arbitraryRequest: fc.Arbitrary<RefundRequest> = fc.oneof(
    fc.constant<RefundRequest>({ kind: "all" }),
    fc.integer({ min: -10, max: 200_000 }).map((amount): RefundRequest => ({ kind: "amount", amount })),
    fc
      .array(
        fc.record({
          orderLineId: fc.constantFrom("l0", "l1", "l2", "l3", "x"),
          quantity: fc.integer({ min: 0, max: 6 }),
        }),
        {
          maxLength: 3,
        },
      )
      .map((lines): RefundRequest => ({ kind: "lines", lines })),
  );

  it("over any sequence of partial refunds, never refunds more than paid nor more of a line than bought, and the shop never keeps more than sold minus refunded", () => {
    fc.assert(
      fc.property(arbitraryPart, fc.array(arbitraryRequest, { maxLength: 8 }), (start, requests) => {
        let state = start;
        const entries = [...saleEntriesOf(start)];
        for (const request of requests) {
          const result = resolveRefund(state, request);
          if (!result.ok) continue;
          const { amount, lines } = result.refund;
          expect(amount).toBeGreaterThan(0);
          entries.push(...refundEntriesOf(state, amount));
          state = {
            ...state,
            refundedAmount: state.refundedAmount + amount,
            lines: state.lines.map((line) => ({
              ...line,
              refundedQuantity:
                line.refundedQuantity +
                lines.filter((chosen) => chosen.orderLineId === line.id).reduce((n, chosen) => n + chosen.quantity, 0),
            })),
          };
          expect(state.refundedAmount).toBeLessThanOrEqual(paidAmountOf(state));
          for (const line of state.lines) expect(line.refundedQuantity).toBeLessThanOrEqual(line.quantity);
          expect(sum(entries)).toBeLessThanOrEqual(paidAmountOf(state) - state.refundedAmount);
          const commissionKept = -sum(entries.filter((entry) => entry.type === "COMMISSION"));
          expect(commissionKept).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("refundLinePrice: what the refund form names a line by", () => {
  it("a line at its unit price, an estimated line not priced yet too", () => {
    expect(refundLinePrice({ unitPriceAmount: 450 })).toEqual({ kind: "unit", amount: 450 });
    expect(refundLinePrice({ unitPriceAmount: 900, lineAmount: 900, finalLineAmount: null })).toEqual({
      kind: "unit",
      amount: 900,
    });
  });

  it("an estimated line once priced: its final amount, never the estimate nor more than was paid", () => {
    // 9 € estimated, 8,10 € final: a refund of its units shares 8,10 €
    expect(refundLinePrice({ unitPriceAmount: 900, lineAmount: 900, finalLineAmount: 810 })).toEqual({
      kind: "final",
      amount: 810,
    });
    // 9,90 € final at the counter: the shopper paid 9 € through the platform
    expect(refundLinePrice({ unitPriceAmount: 900, lineAmount: 900, finalLineAmount: 990 })).toEqual({
      kind: "final",
      amount: 900,
    });
  });

  it("names what refunding all of the line's units gives back", () => {
    const line = {
      id: "e1",
      unitPriceAmount: 450,
      quantity: 2,
      refundedQuantity: 0,
      lineAmount: 900,
      finalLineAmount: 810,
    };
    const target: RefundTarget = { ...part, lines: [line] };
    const resolved = resolveRefund(target, { kind: "lines", lines: [{ orderLineId: "e1", quantity: 2 }] });
    expect(resolved).toMatchObject({ ok: true, refund: { amount: refundLinePrice(line).amount } });
  });
});
