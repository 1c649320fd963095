import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerEntryType } from "@/lib/generated/prisma/client";
import {
  balancesOf,
  decimalText,
  documentKindOf,
  invoiceLinesOf,
  invoiceNumberOf,
  invoiceTotalsOf,
  movementsOf,
  parseStatementPeriod,
  periodBounds,
  previousPeriodKey,
  STATEMENT_GROUPS,
  totalOf,
} from "./statement-arithmetic";

const TYPES: LedgerEntryType[] = [
  "SALE",
  "SHIPPING",
  "COMMISSION",
  "PAYMENT_FEE",
  "REFUND",
  "SUBSCRIPTION_FEE",
  "FEE_VAT",
  "PAYOUT",
  "PAYOUT_REVERSAL",
  "ADJUSTMENT",
];

describe("periods", () => {
  it("reads a month and refuses anything else", () => {
    expect(parseStatementPeriod("2026-11")).toEqual({ year: 2026, month: 11 });
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "", null, 202611, "1999-12"])
      expect(parseStatementPeriod(bad)).toBeNull();
  });

  it("bounds a month by Paris midnights, across daylight saving and the year's end", () => {
    expect(periodBounds("2026-03")).toEqual({
      start: new Date("2026-02-28T23:00:00Z"),
      end: new Date("2026-03-31T22:00:00Z"),
    });
    expect(periodBounds("2026-12")).toEqual({
      start: new Date("2026-11-30T23:00:00Z"),
      end: new Date("2026-12-31T23:00:00Z"),
    });
    expect(() => periodBounds("2026-13")).toThrow(RangeError);
  });

  it("steps back a month", () => {
    expect(previousPeriodKey("2027-01")).toBe("2026-12");
    expect(previousPeriodKey("2026-11")).toBe("2026-10");
  });
});

describe("statement groups", () => {
  it("put every entry type in exactly one group", () => {
    const grouped = Object.values(STATEMENT_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...TYPES].sort());
  });

  it("sum as written: sales with shipping, commission net of its reversals, payouts with their reversals", () => {
    const movements = movementsOf({
      SALE: 10_000,
      SHIPPING: 500,
      COMMISSION: -1_000,
      FEE_VAT: -200,
      REFUND: -2_000,
      PAYOUT: -5_000,
      PAYOUT_REVERSAL: 5_000,
      SUBSCRIPTION_FEE: -4_799,
    });
    expect(movements).toEqual({
      sales: 10_500,
      refunds: -2_000,
      commission: -1_000,
      feeVat: -200,
      paymentFees: 0,
      planCharges: -4_799,
      adjustments: 0,
      payouts: 0,
    });
    expect(balancesOf(1_000, movements)).toEqual({ openingBalance: 1_000, net: 2_501, closingBalance: 3_501 });
  });

  it("close at opening + Σ of every entry, whatever the entries (property)", () => {
    const entry = fc.record({ type: fc.constantFrom(...TYPES), amount: fc.integer({ min: -1e7, max: 1e7 }) });
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), fc.array(entry, { maxLength: 60 }), (opening, entries) => {
        const sums: Partial<Record<LedgerEntryType, number>> = {};
        for (const { type, amount } of entries) sums[type] = (sums[type] ?? 0) + amount;
        const all = entries.reduce((sum, e) => sum + e.amount, 0);
        const movements = movementsOf(sums);
        expect(totalOf(movements)).toBe(all);
        expect(balancesOf(opening, movements).closingBalance).toBe(opening + all);
      }),
    );
  });
});

describe("invoice lines", () => {
  const charge = {
    kind: "MONTHLY_FEE" as const,
    planName: "Premium",
    periodStart: new Date("2026-10-31T23:00:00Z"),
    periodEnd: new Date("2026-11-30T23:00:00Z"),
    amountExclVat: 3_999,
    vatAmount: 800,
  };

  it("are the fees seen from the marketplace, net of reversals, zero lines left out", () => {
    const lines = invoiceLinesOf({
      commissionEntries: -1_250 + 250,
      feeVatEntries: -250 + 50,
      paymentFeeEntries: -175,
      charges: [charge, { ...charge, kind: "UPGRADE", amountExclVat: 0, vatAmount: 0 }],
    });
    expect(lines).toEqual([
      { kind: "COMMISSION", amountExclVat: 1_000, vatAmount: 200 },
      { kind: "PAYMENT_FEE", amountExclVat: 175, vatAmount: 0 },
      {
        kind: "PLAN_CHARGE",
        chargeKind: "MONTHLY_FEE",
        planName: "Premium",
        periodStart: "2026-10-31T23:00:00.000Z",
        periodEnd: "2026-11-30T23:00:00.000Z",
        amountExclVat: 3_999,
        vatAmount: 800,
      },
    ]);
    expect(invoiceTotalsOf(lines)).toEqual({ amountExclVat: 5_174, vatAmount: 1_000, totalAmount: 6_174 });
    expect(documentKindOf(6_174)).toBe("INVOICE");
  });

  it("make a credit note when reversals exceed what was charged", () => {
    const lines = invoiceLinesOf({ commissionEntries: 500, feeVatEntries: 100, paymentFeeEntries: 0, charges: [] });
    const totals = invoiceTotalsOf(lines);
    expect(totals).toEqual({ amountExclVat: -500, vatAmount: -100, totalAmount: -600 });
    expect(documentKindOf(totals.totalAmount)).toBe("CREDIT_NOTE");
  });

  it("are none when nothing was charged", () => {
    expect(invoiceLinesOf({ commissionEntries: 0, feeVatEntries: 0, paymentFeeEntries: 0, charges: [] })).toEqual([]);
  });

  it("are numbered in the year's series", () => {
    expect(invoiceNumberOf(2026, 42)).toBe("2026-000042");
    expect(() => invoiceNumberOf(2026, 0)).toThrow(RangeError);
  });
});

describe("decimalText", () => {
  it("writes minor units as decimals without a float", () => {
    expect(decimalText(-1250, 2, ",")).toBe("-12,50");
    expect(decimalText(5, 2, ".")).toBe("0.05");
    expect(decimalText(-5, 2, ".")).toBe("-0.05");
    expect(decimalText(1234, 0, ",")).toBe("1234");
    expect(decimalText(1, 3, ",")).toBe("0,001");
  });
});
