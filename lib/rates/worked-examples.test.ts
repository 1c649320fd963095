import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeOrderFees } from "@/lib/fees/compute-fees";
import type { FeePlan, FeeSettings } from "@/lib/fees/types";
import { buildWorkedExamples, exampleAmountsFor, planCostOf, type WorkedExample } from "./worked-examples";

// Products 10 %, services 20 % (a kind rule), VAT 20 % on fees, payment fee 1,5 % + 0,25 € passed on.
const jewstore: FeePlan = {
  defaultCommissionBps: 1000,
  commissionFreeSales: 0,
  commissionOnShipping: false,
  paymentFeePassThrough: true,
  rules: [{ productKind: "SERVICE", categoryId: null, rateBps: 2000 }],
};
const settings: FeeSettings = {
  paymentFeeBps: 150,
  paymentFeeFixedAmount: 25,
  paymentFeePassedOn: false,
  feesVatBps: 2000,
  ambassadorShareBps: 700,
};
const EUR = exampleAmountsFor("EUR");

const byKey = (examples: WorkedExample[]) => new Map(examples.map((example) => [example.key, example]));

/** Every example must be the engine's own answer, and its amounts must add up. */
function expectConsistent(example: WorkedExample) {
  const part = computeOrderFees(example.input).parts[0];
  expect(example.commissionAmount).toBe(part.commissionAmount);
  expect(example.feesVatAmount).toBe(part.feesVatAmount);
  expect(example.paymentFeeAmount).toBe(part.paymentFeeAmount);
  expect(example.ambassadorShareAmount).toBe(part.ambassadorShareAmount);
  expect(example.vendorNetAmount).toBe(part.vendorNetAmount);
  expect(example.shopperPaysAmount).toBe(example.itemsAmount + example.deliveryFeeAmount);
  expect(example.vendorNetAmount + example.commissionAmount + example.feesVatAmount + example.paymentFeeAmount).toBe(
    example.shopperPaysAmount,
  );
  expect(example.ambassadorShareAmount).toBeLessThanOrEqual(example.commissionAmount);
  expect(example.shippingCommissionAmount).toBeLessThanOrEqual(example.commissionAmount);
  expect(example.marketplaceKeptAmount).toBe(
    example.commissionAmount - example.ambassadorShareAmount + example.paymentFeeAmount,
  );
}

describe("exampleAmountsFor", () => {
  it("uses 25,00 / 60,00 / 4,90 in currencies with cents", () => {
    expect(EUR).toEqual({ product: 2500, service: 6000, shipping: 490 });
  });

  it("scales the prices for a currency without a minor unit", () => {
    expect(exampleAmountsFor("IRR").product).toBeGreaterThan(1_000_000);
    expect(exampleAmountsFor("JPY")).toEqual({ product: 2500, service: 6000, shipping: 490 });
  });
});

describe("buildWorkedExamples", () => {
  it("works through a product, a service, delivery and an ambassador with the plan's real rates", () => {
    const examples = byKey(
      buildWorkedExamples({ plan: jewstore, settings, ambassadorsEnabled: true, amounts: EUR, categoryRules: [] }),
    );
    expect([...examples.keys()]).toEqual(["product", "service", "shipping", "ambassador"]);

    // 25,00 € at 10 % = 2,50 €; VAT 20 % of it = 0,50 €; payment fee 1,5 % × 25 = 0,375 → 0,38 + 0,25 = 0,63 €;
    // net 25,00 − 2,50 − 0,50 − 0,63 = 21,37 €.
    expect(examples.get("product")).toMatchObject({
      rateBps: 1000,
      shopperPaysAmount: 2500,
      commissionAmount: 250,
      feesVatAmount: 50,
      paymentFeeAmount: 63,
      ambassadorShareAmount: 0,
      vendorNetAmount: 2137,
    });
    // 60,00 € at 20 % = 12,00 €; VAT 2,40 €; payment fee 0,90 + 0,25 = 1,15 €; net 44,45 €.
    expect(examples.get("service")).toMatchObject({
      rateBps: 2000,
      commissionAmount: 1200,
      feesVatAmount: 240,
      paymentFeeAmount: 115,
      vendorNetAmount: 4445,
    });
    // 25,00 + 4,90 delivery = 29,90 €; the plan does not commission delivery: 2,50 €, VAT 0,50 €;
    // payment fee 1,5 % × 29,90 = 0,4485 → 0,45 + 0,25 = 0,70 €; net 29,90 − 2,50 − 0,50 − 0,70 = 26,20 €.
    expect(examples.get("shipping")).toMatchObject({
      shopperPaysAmount: 2990,
      deliveryFeeAmount: 490,
      commissionAmount: 250,
      shippingCommissionAmount: 0,
      paymentFeeAmount: 70,
      vendorNetAmount: 2620,
    });
    // 7 % of 25,00 € = 1,75 € to the ambassador, out of the marketplace's 2,50 €: the net is unchanged.
    const ambassador = examples.get("ambassador")!;
    expect(ambassador.ambassadorShareAmount).toBe(175);
    expect(ambassador.vendorNetAmount).toBe(examples.get("product")!.vendorNetAmount);
    expect(ambassador.marketplaceKeptAmount).toBe(250 - 175 + 63);
    for (const example of examples.values()) expectConsistent(example);
  });

  it("caps the ambassador's share at a low commission and commissions delivery when the plan does", () => {
    const premium: FeePlan = { ...jewstore, defaultCommissionBps: 500, rules: [], commissionOnShipping: true };
    const examples = byKey(
      buildWorkedExamples({ plan: premium, settings, ambassadorsEnabled: true, amounts: EUR, categoryRules: [] }),
    );
    // 5 % of 25,00 € = 1,25 €: the 7 % share (1,75 €) is capped at it.
    expect(examples.get("ambassador")).toMatchObject({ commissionAmount: 125, ambassadorShareAmount: 125 });
    // delivery 4,90 € at 5 % = 0,245 → 0,25 €
    expect(examples.get("shipping")).toMatchObject({ commissionAmount: 150, shippingCommissionAmount: 25 });
    for (const example of examples.values()) expectConsistent(example);
  });

  it("shows the payment fee absorbed by the marketplace when the plan does not pass it on", () => {
    const plan: FeePlan = { ...jewstore, paymentFeePassThrough: false };
    const [product] = buildWorkedExamples({
      plan,
      settings,
      ambassadorsEnabled: false,
      amounts: EUR,
      categoryRules: [],
    });
    expect(product).toMatchObject({ orderPaymentFeeAmount: 63, paymentFeeAmount: 0, vendorNetAmount: 2200 });
  });

  it("adds a digital example, a first-sales example and one example per category rule", () => {
    const plan: FeePlan = {
      ...jewstore,
      commissionFreeSales: 10,
      rules: [
        { productKind: "DIGITAL", categoryId: null, rateBps: 1500 },
        { productKind: null, categoryId: "books", rateBps: 300 },
        { productKind: "SERVICE", categoryId: "repairs", rateBps: 1200 },
      ],
    };
    const examples = byKey(
      buildWorkedExamples({
        plan,
        settings,
        ambassadorsEnabled: false,
        amounts: EUR,
        categoryRules: [
          { ruleId: "r-books", productKind: null, categoryPath: ["books", "culture"] },
          { ruleId: "r-repairs", productKind: "SERVICE", categoryPath: ["repairs"] },
        ],
      }),
    );
    expect([...examples.keys()]).toEqual([
      "product",
      "service",
      "digital",
      "shipping",
      "firstSales",
      "category:r-books",
      "category:r-repairs",
    ]);
    expect(examples.get("digital")!.rateBps).toBe(1500);
    expect(examples.get("firstSales")).toMatchObject({ commissionAmount: 0, feesVatAmount: 0, paymentFeeAmount: 63 });
    // 25,00 € at 3 % = 0,75 €
    expect(examples.get("category:r-books")).toMatchObject({ rateBps: 300, commissionAmount: 75 });
    // a service of 60,00 € at 12 % = 7,20 €
    expect(examples.get("category:r-repairs")).toMatchObject({
      productKind: "SERVICE",
      itemsAmount: 6000,
      commissionAmount: 720,
    });
    for (const example of examples.values()) expectConsistent(example);
  });

  it("equals the engine and adds up for any plan and settings", () => {
    const rate = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(
        fc.record({
          defaultCommissionBps: rate,
          commissionFreeSales: fc.integer({ min: 0, max: 20 }),
          commissionOnShipping: fc.boolean(),
          paymentFeePassThrough: fc.boolean(),
          serviceBps: fc.option(rate, { nil: undefined }),
          categoryBps: fc.option(rate, { nil: undefined }),
        }),
        fc.record({
          paymentFeeBps: fc.integer({ min: 0, max: 1000 }),
          paymentFeeFixedAmount: fc.integer({ min: 0, max: 500 }),
          paymentFeePassedOn: fc.boolean(),
          feesVatBps: fc.integer({ min: 0, max: 3000 }),
          ambassadorShareBps: fc.integer({ min: 0, max: 2000 }),
        }),
        fc.constantFrom("EUR", "IRR", "JPY"),
        (planFields, feeSettings, currency) => {
          const { serviceBps, categoryBps, ...fields } = planFields;
          const plan: FeePlan = {
            ...fields,
            rules: [
              ...(serviceBps === undefined
                ? []
                : [{ productKind: "SERVICE" as const, categoryId: null, rateBps: serviceBps }]),
              ...(categoryBps === undefined ? [] : [{ productKind: null, categoryId: "c1", rateBps: categoryBps }]),
            ],
          };
          const examples = buildWorkedExamples({
            plan,
            settings: feeSettings,
            ambassadorsEnabled: true,
            amounts: exampleAmountsFor(currency),
            categoryRules: categoryBps === undefined ? [] : [{ ruleId: "r1", productKind: null, categoryPath: ["c1"] }],
          });
          for (const example of examples) {
            expectConsistent(example);
            for (const amount of [example.vendorNetAmount, example.commissionAmount, example.feesVatAmount]) {
              expect(amount).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("planCostOf", () => {
  it("is a month's fee with the VAT on fees for a monthly plan", () => {
    // 39,99 € + 20 % = 7,998 → 8,00 € of VAT: 47,99 €
    expect(
      planCostOf({ billing: "MONTHLY", monthlyFeeAmount: 3999, termPriceAmount: 3999, termMonths: 1 }, 2000),
    ).toEqual({
      billing: "MONTHLY",
      termMonths: 1,
      amountExclVat: 3999,
      vatRateBps: 2000,
      vatAmount: 800,
      totalAmount: 4799,
    });
  });

  it("is the whole term's price for a fixed term, and nothing for a free plan", () => {
    expect(
      planCostOf({ billing: "FIXED_TERM", monthlyFeeAmount: 2000, termPriceAmount: 5700, termMonths: 3 }, 0),
    ).toMatchObject({ billing: "FIXED_TERM", termMonths: 3, amountExclVat: 5700, vatAmount: 0, totalAmount: 5700 });
    expect(planCostOf({ billing: "MONTHLY", monthlyFeeAmount: 0, termPriceAmount: 0, termMonths: 1 }, 2000)).toBeNull();
  });
});
