import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commissionRateFor, computeOrderFees, computePartFees, estimatePaymentFee, withVat } from "./compute-fees";
import type { FeeLine, FeeOrderInput, FeePartInput, FeePlan, FeeSettings, ProductKindName } from "./types";

// The rules of the five reference marketplaces (docs/product.md), each with its arithmetic written
// out. Amounts are minor units (cents; whole rials for Karkareh), rates basis points.

const settings = (over: Partial<FeeSettings> = {}): FeeSettings => ({
  paymentFeeBps: 0,
  paymentFeeFixedAmount: 0,
  paymentFeePassedOn: false,
  feesVatBps: 0,
  ambassadorShareBps: 700,
  ...over,
});
const plan = (over: Partial<FeePlan> = {}): FeePlan => ({
  defaultCommissionBps: 1000,
  commissionFreeSales: 0,
  commissionOnShipping: false,
  paymentFeePassThrough: false,
  rules: [],
  ...over,
});
const line = (lineAmount: number, kind: ProductKindName = "PHYSICAL", categoryPath: string[] = []): FeeLine => ({
  lineAmount,
  kind,
  categoryPath,
});
const part = (over: Partial<FeePartInput> = {}): FeePartInput => ({
  plan: plan(),
  lines: [line(2500)],
  deliveryFeeAmount: 0,
  commissionFree: false,
  ...over,
});

const offlineFree = plan({ defaultCommissionBps: 1000 });
const offlineSubscription = plan({ defaultCommissionBps: 1000, commissionFreeSales: 10 });
const jewstore = plan({
  defaultCommissionBps: 1000,
  paymentFeePassThrough: true,
  rules: [{ productKind: "SERVICE", categoryId: null, rateBps: 2000 }],
});
const vtp = plan({ defaultCommissionBps: 1500 });
const karkarehRent = plan({ defaultCommissionBps: 0 });

type Case = {
  name: string;
  input: FeeOrderInput;
  /** expected, per part: commission (of which shipping), VAT, payment fee charged, ambassador share, net */
  parts: {
    commission: number;
    shipping?: number;
    vat?: number;
    paymentFee?: number;
    ambassador?: number;
    net: number;
    lines?: { rateBps: number; commissionAmount: number; ambassadorShareAmount?: number }[];
  }[];
  paymentFeeAmount?: number;
};

const CASES: Case[] = [
  {
    // Offline, free plan: 10 % of 25,00 € = 2,50 €; net 25,00 − 2,50 = 22,50 €.
    name: "Offline free plan: 10 % on each sale",
    input: { settings: settings(), ambassador: false, parts: [part({ plan: offlineFree })] },
    parts: [{ commission: 250, net: 2250, lines: [{ rateBps: 1000, commissionAmount: 250 }] }],
  },
  {
    // Offline subscription, a sale among the first 10 (decided at payment): no commission; net 25,00 €.
    name: "Offline subscription: one of the first 10 sales carries no commission",
    input: {
      settings: settings({ feesVatBps: 2000 }),
      ambassador: true,
      parts: [part({ plan: offlineSubscription, commissionFree: true, deliveryFeeAmount: 490 })],
    },
    parts: [{ commission: 0, vat: 0, ambassador: 0, net: 2990, lines: [{ rateBps: 0, commissionAmount: 0 }] }],
  },
  {
    // The 11th sale: 10 % of 25,00 € = 2,50 €.
    name: "Offline subscription: from the 11th sale, 10 %",
    input: { settings: settings(), ambassador: false, parts: [part({ plan: offlineSubscription })] },
    parts: [{ commission: 250, net: 2250 }],
  },
  {
    // Jewstore: product 40,00 € at 10 % = 4,00 €; service 60,00 € at 20 % = 12,00 €; commission 16,00 €.
    // Payment fee 2 % of 100,00 € = 2,00 €, passed through by the plan; net 100 − 16 − 2 = 82,00 €.
    name: "Jewstore: 10 % products, 20 % services, payment fee 2 % passed on",
    input: {
      settings: settings({ paymentFeeBps: 200 }),
      ambassador: false,
      parts: [part({ plan: jewstore, lines: [line(4000), line(6000, "SERVICE")] })],
    },
    paymentFeeAmount: 200,
    parts: [
      {
        commission: 1600,
        paymentFee: 200,
        net: 8200,
        lines: [
          { rateBps: 1000, commissionAmount: 400 },
          { rateBps: 2000, commissionAmount: 1200 },
        ],
      },
    ],
  },
  {
    // Ambassador on a 10 % line of 50,00 €: commission 5,00 €, share 7 % = 3,50 € carved out of it;
    // the vendor's net stays 45,00 € (as without an ambassador).
    name: "Jewstore ambassador: 7 % of a 10 % line, the vendor's net unchanged",
    input: { settings: settings(), ambassador: true, parts: [part({ plan: jewstore, lines: [line(5000)] })] },
    parts: [
      {
        commission: 500,
        ambassador: 350,
        net: 4500,
        lines: [{ rateBps: 1000, commissionAmount: 500, ambassadorShareAmount: 350 }],
      },
    ],
  },
  {
    // A 5 % line of 50,00 €: commission 2,50 €; 7 % would be 3,50 €, capped at the commission: 2,50 €.
    name: "an ambassador on a 5 % line gets at most the commission",
    input: {
      settings: settings(),
      ambassador: true,
      parts: [part({ plan: plan({ defaultCommissionBps: 500 }), lines: [line(5000)] })],
    },
    parts: [{ commission: 250, ambassador: 250, net: 4750 }],
  },
  {
    // VTP: 39,99 € a month is billed apart (lib/billing); each sale pays its commission: 15 % of
    // 200,00 € = 30,00 €; net 170,00 €.
    name: "Virtual Training Place: commission per sale on top of the subscription",
    input: {
      settings: settings(),
      ambassador: false,
      parts: [part({ plan: vtp, lines: [line(20_000, "DIGITAL")] })],
    },
    parts: [{ commission: 3000, net: 17_000 }],
  },
  {
    // Karkareh rent plan: no commission at all; 1 250 000 IRR + postage 0; payment fee absorbed.
    name: "Karkareh rent plan: no commission, IRR whole amounts",
    input: {
      settings: settings({ paymentFeeBps: 150, paymentFeeFixedAmount: 0, feesVatBps: 900 }),
      ambassador: true,
      parts: [part({ plan: karkarehRent, lines: [line(1_250_000), line(333_333)] })],
    },
    // 1,5 % of 1 583 333 = 23 749.995 → 23 750 (absorbed by the marketplace)
    paymentFeeAmount: 23_750,
    parts: [{ commission: 0, vat: 0, paymentFee: 0, ambassador: 0, net: 1_583_333 }],
  },
  {
    // Shipping commissioned at the default rate: items 30,00 € × 10 % = 3,00 €, shipping 6,90 € ×
    // 10 % = 0,69 €; commission 3,69 €; net 36,90 − 3,69 = 33,21 €.
    name: "shipping commissioned at the plan's default rate",
    input: {
      settings: settings(),
      ambassador: false,
      parts: [part({ plan: plan({ commissionOnShipping: true }), lines: [line(3000)], deliveryFeeAmount: 690 })],
    },
    parts: [{ commission: 369, shipping: 69, net: 3321 }],
  },
  {
    // A rule on "food" (5 %) is inherited by "bread" and beats the SERVICE kind rule (20 %):
    // 40,00 € × 5 % = 2,00 €.
    name: "a category rule inherited by a subcategory beats a kind rule",
    input: {
      settings: settings(),
      ambassador: false,
      parts: [
        part({
          plan: plan({
            rules: [
              { productKind: "SERVICE", categoryId: null, rateBps: 2000 },
              { productKind: null, categoryId: "food", rateBps: 500 },
            ],
          }),
          lines: [line(4000, "SERVICE", ["bread", "food"])],
        }),
      ],
    },
    parts: [{ commission: 200, net: 3800, lines: [{ rateBps: 500, commissionAmount: 200 }] }],
  },
  {
    // VAT 20 % on fees: commission 10 % of 25,00 € = 2,50 €, VAT 0,50 €; net 25 − 2,50 − 0,50 = 22,00 €.
    name: "VAT 20 % on the commission, not on the payment fee",
    input: {
      settings: settings({ feesVatBps: 2000, paymentFeeBps: 150, paymentFeeFixedAmount: 25, paymentFeePassedOn: true }),
      ambassador: false,
      parts: [part()],
    },
    // payment fee 1,5 % of 25,00 € = 0,375 → 0,38 € + 0,25 € = 0,63 €; net 25 − 2,50 − 0,50 − 0,63 = 21,37 €
    paymentFeeAmount: 63,
    parts: [{ commission: 250, vat: 50, paymentFee: 63, net: 2137 }],
  },
  {
    // Two shops: payment fee 1,5 % of 100,00 € + 0,25 € = 1,75 €, split 75/25 → 1,31 € and 0,44 €;
    // the first shop's plan passes it through, the second's does not (absorbed).
    name: "the payment fee is split across shops and charged only where passed on",
    input: {
      settings: settings({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 }),
      ambassador: false,
      parts: [
        part({ plan: plan({ paymentFeePassThrough: true }), lines: [line(7000)], deliveryFeeAmount: 500 }),
        part({ lines: [line(2500)] }),
      ],
    },
    paymentFeeAmount: 175,
    parts: [
      { commission: 700, paymentFee: 131, net: 7500 - 700 - 131 },
      { commission: 250, paymentFee: 0, net: 2250 },
    ],
  },
  {
    // No plan at all: nothing is taken but a payment fee passed on by the marketplace.
    name: "no plan: no commission; the marketplace may still pass the payment fee on",
    input: {
      settings: settings({ paymentFeeBps: 100, paymentFeePassedOn: true }),
      ambassador: true,
      parts: [part({ plan: null, lines: [line(10_000)] })],
    },
    parts: [{ commission: 0, paymentFee: 100, ambassador: 0, net: 9900 }],
  },
  {
    // 100 % commission with 20 % VAT and a passed-on payment fee: the VAT and the fee are capped so
    // the vendor's net is 0, never negative.
    name: "fees never take more than the shopper paid",
    input: {
      settings: settings({ feesVatBps: 2000, paymentFeeBps: 300, paymentFeePassedOn: true }),
      ambassador: false,
      parts: [part({ plan: plan({ defaultCommissionBps: 10_000 }), lines: [line(1000)] })],
    },
    paymentFeeAmount: 30,
    parts: [{ commission: 1000, vat: 0, paymentFee: 0, net: 0 }],
  },
];

describe("computeOrderFees: the five marketplaces", () => {
  it.each(CASES)("$name", ({ input, parts, paymentFeeAmount }) => {
    const result = computeOrderFees(input);
    if (paymentFeeAmount !== undefined) expect(result.paymentFeeAmount).toBe(paymentFeeAmount);
    parts.forEach((expected, index) => {
      const actual = result.parts[index];
      expect(actual.commissionAmount).toBe(expected.commission);
      expect(actual.shippingCommissionAmount).toBe(expected.shipping ?? 0);
      expect(actual.feesVatAmount).toBe(expected.vat ?? 0);
      expect(actual.paymentFeeAmount).toBe(expected.paymentFee ?? 0);
      expect(actual.ambassadorShareAmount).toBe(expected.ambassador ?? 0);
      expect(actual.vendorNetAmount).toBe(expected.net);
      if (expected.lines) expect(actual.lines).toEqual(expected.lines.map((l) => ({ ambassadorShareAmount: 0, ...l })));
    });
  });

  it("the vendor's net is the same with or without an ambassador", () => {
    const input: FeeOrderInput = {
      settings: settings({ feesVatBps: 2000, paymentFeeBps: 200, paymentFeePassedOn: true }),
      ambassador: false,
      parts: [part({ plan: jewstore, lines: [line(4000), line(6000, "SERVICE")], deliveryFeeAmount: 490 })],
    };
    const without = computeOrderFees(input).parts[0];
    const withAmbassador = computeOrderFees({ ...input, ambassador: true }).parts[0];
    expect(withAmbassador.vendorNetAmount).toBe(without.vendorNetAmount);
    // 7 % of 40,00 € = 2,80 €; 7 % of 60,00 € = 4,20 €
    expect(withAmbassador.ambassadorShareAmount).toBe(700);
    expect(withAmbassador.marketplaceCommissionKeptAmount).toBe(without.marketplaceCommissionKeptAmount - 700);
  });
});

describe("commissionRateFor", () => {
  const rules: FeePlan["rules"] = [
    { productKind: "SERVICE", categoryId: null, rateBps: 2000 },
    { productKind: null, categoryId: "food", rateBps: 500 },
    { productKind: "SERVICE", categoryId: "food", rateBps: 800 },
    { productKind: null, categoryId: "bread", rateBps: 300 },
  ];
  const p = plan({ rules });
  it("category (nearest ancestor), a category+kind rule only for its kind, then kind, then default", () => {
    expect(commissionRateFor(p, line(1, "PHYSICAL", ["bread", "food"]))).toBe(300);
    expect(commissionRateFor(p, line(1, "SERVICE", ["bread", "food"]))).toBe(300);
    expect(commissionRateFor(p, line(1, "SERVICE", ["cheese", "food"]))).toBe(800);
    expect(commissionRateFor(p, line(1, "PHYSICAL", ["cheese", "food"]))).toBe(500);
    expect(commissionRateFor(p, line(1, "SERVICE", ["books"]))).toBe(2000);
    expect(commissionRateFor(p, line(1, "DIGITAL", []))).toBe(1000);
  });
  it("keeps rates within 0–100 %", () => {
    expect(commissionRateFor(plan({ defaultCommissionBps: 12_000 }), line(1))).toBe(10_000);
    expect(commissionRateFor(plan({ defaultCommissionBps: -5 }), line(1))).toBe(0);
  });
});

describe("helpers", () => {
  it("estimatePaymentFee: rate + fixed, nothing on a free order", () => {
    expect(estimatePaymentFee({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 }, 10_000)).toBe(175);
    expect(estimatePaymentFee({ paymentFeeBps: 150, paymentFeeFixedAmount: 25 }, 0)).toBe(0);
  });
  it("withVat: 39,99 € + 20 % = 47,99 € (7,998 → 8,00)", () => {
    expect(withVat(3999, 2000)).toBe(4799);
    expect(withVat(3999, 0)).toBe(3999);
  });
  it("computePartFees spreads the group's rounding over the lines", () => {
    // 10 % of 12,50 + 9,99 = 22,49 → 2,249 → 2,25 €, spread 1,25 / 1,00 (largest remainder)
    const result = computePartFees(part({ lines: [line(1250), line(999)] }), settings(), {
      ambassador: false,
      paymentFeeShareAmount: 0,
    });
    expect(result.commissionAmount).toBe(225);
    expect(result.lines.map((l) => l.commissionAmount)).toEqual([125, 100]);
  });
  it("an order with no parts is free of everything", () => {
    expect(
      computeOrderFees({ settings: settings({ paymentFeeFixedAmount: 25 }), ambassador: true, parts: [] }),
    ).toEqual({ totalAmount: 0, paymentFeeAmount: 0, parts: [] });
  });
});

describe("properties", () => {
  const kind = fc.constantFrom<ProductKindName>("PHYSICAL", "SERVICE", "DIGITAL");
  const rate = fc.integer({ min: 0, max: 10_000 });
  const arbitraryPlan: fc.Arbitrary<FeePlan | null> = fc.option(
    fc.record({
      defaultCommissionBps: rate,
      commissionFreeSales: fc.integer({ min: 0, max: 10 }),
      commissionOnShipping: fc.boolean(),
      paymentFeePassThrough: fc.boolean(),
      rules: fc.array(
        fc.record({
          productKind: fc.option(kind, { nil: null }),
          categoryId: fc.option(fc.constantFrom("a", "b", "c"), { nil: null }),
          rateBps: rate,
        }),
        { maxLength: 4 },
      ),
    }),
    { nil: null, freq: 6 },
  );
  const arbitraryPart: fc.Arbitrary<FeePartInput> = fc.record({
    plan: arbitraryPlan,
    lines: fc.array(
      fc.record({
        kind,
        categoryPath: fc.subarray(["a", "b", "c"]),
        lineAmount: fc.integer({ min: 0, max: 5_000_000 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    deliveryFeeAmount: fc.integer({ min: 0, max: 50_000 }),
    commissionFree: fc.boolean(),
  });
  const arbitraryInput: fc.Arbitrary<FeeOrderInput> = fc.record({
    settings: fc.record({
      paymentFeeBps: fc.integer({ min: 0, max: 1000 }),
      paymentFeeFixedAmount: fc.integer({ min: 0, max: 500 }),
      paymentFeePassedOn: fc.boolean(),
      feesVatBps: fc.integer({ min: 0, max: 3000 }),
      ambassadorShareBps: fc.integer({ min: 0, max: 3000 }),
    }),
    parts: fc.array(arbitraryPart, { minLength: 1, maxLength: 5 }),
    ambassador: fc.boolean(),
  });

  it("parts add up to what the shopper paid; nothing negative; no cent created or lost; share ≤ commission", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = computeOrderFees(input);
        let paid = 0;
        result.parts.forEach((p, index) => {
          const gross =
            input.parts[index].lines.reduce((s, l) => s + l.lineAmount, 0) + input.parts[index].deliveryFeeAmount;
          paid += gross;
          expect(p.vendorNetAmount + p.commissionAmount + p.feesVatAmount + p.paymentFeeAmount).toBe(gross);
          expect(p.itemsAmount + p.deliveryFeeAmount).toBe(gross);
          for (const value of [
            p.vendorNetAmount,
            p.commissionAmount,
            p.shippingCommissionAmount,
            p.feesVatAmount,
            p.paymentFeeAmount,
            p.ambassadorShareAmount,
            p.marketplaceCommissionKeptAmount,
          ])
            expect(value).toBeGreaterThanOrEqual(0);
          expect(p.itemsCommissionAmount + p.shippingCommissionAmount).toBe(p.commissionAmount);
          expect(p.lines.reduce((s, l) => s + l.commissionAmount, 0)).toBe(p.itemsCommissionAmount);
          expect(p.lines.reduce((s, l) => s + l.ambassadorShareAmount, 0)).toBe(p.ambassadorShareAmount);
          p.lines.forEach((l, lineIndex) => {
            expect(l.ambassadorShareAmount).toBeLessThanOrEqual(l.commissionAmount);
            expect(l.commissionAmount).toBeLessThanOrEqual(input.parts[index].lines[lineIndex].lineAmount);
            expect(Number.isInteger(l.commissionAmount)).toBe(true);
          });
          if (input.parts[index].commissionFree || input.parts[index].plan === null)
            expect(p.commissionAmount + p.feesVatAmount + p.ambassadorShareAmount).toBe(0);
          if (!input.ambassador) expect(p.ambassadorShareAmount).toBe(0);
        });
        expect(result.totalAmount).toBe(paid);
        expect(result.parts.reduce((s, p) => s + p.paymentFeeAmount, 0)).toBeLessThanOrEqual(result.paymentFeeAmount);
      }),
      { numRuns: 500 },
    );
  });

  it("the vendor's net never depends on the ambassador", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const a = computeOrderFees({ ...input, ambassador: false });
        const b = computeOrderFees({ ...input, ambassador: true });
        a.parts.forEach((p, index) => expect(b.parts[index].vendorNetAmount).toBe(p.vendorNetAmount));
      }),
    );
  });
});
