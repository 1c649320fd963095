// The Rates page's worked examples (docs/business-models.md, fees): a few typical sales run through the very
// engine that charges (computeOrderFees), with the shop's real plan and the marketplace's settings,
// so what the page shows is what an order will carry. Pure: no I/O, integers only.
import { computeOrderFees } from "@/lib/fees/compute-fees";
import { chargeAmounts } from "@/lib/fees/plan-charges";
import type { FeeOrderInput, FeePlan, FeeSettings, ProductKindName } from "@/lib/fees/types";
import { minorUnitsOf } from "@/lib/money/currency";

export type WorkedExampleKind =
  "product" | "service" | "digital" | "shipping" | "ambassador" | "firstSales" | "category";

export type WorkedExample = {
  /** unique on the page: the kind, or "category:<ruleId>" */
  key: string;
  kind: WorkedExampleKind;
  productKind: ProductKindName;
  /** the category rule this example illustrates (kind "category") */
  ruleId: string | null;
  /** what was given to computeOrderFees: one part, one line */
  input: FeeOrderInput;
  /** the line's commission rate */
  rateBps: number;
  itemsAmount: number;
  deliveryFeeAmount: number;
  /** what the shopper pays: items + delivery */
  shopperPaysAmount: number;
  /** commission on items and delivery */
  commissionAmount: number;
  /** of which on the delivery fee */
  shippingCommissionAmount: number;
  feesVatAmount: number;
  /** the payment provider's fee on the order */
  orderPaymentFeeAmount: number;
  /** the part of it charged to the vendor (0 when the marketplace absorbs it) */
  paymentFeeAmount: number;
  /** carved out of the marketplace's commission: the vendor's net does not change */
  ambassadorShareAmount: number;
  vendorNetAmount: number;
  /** commission − ambassador share + payment fee charged */
  marketplaceKeptAmount: number;
};

/** The prices the examples use, in minor units of the marketplace's currency. */
export type ExampleAmounts = { product: number; service: number; shipping: number };

// Currencies without a minor unit: prices of the same order of magnitude as 25 € / 60 € / 4,90 €.
const WHOLE_UNIT_AMOUNTS: Record<string, ExampleAmounts> = {
  IRR: { product: 12_000_000, service: 30_000_000, shipping: 2_500_000 },
};

/** 25,00 / 60,00 / 4,90 in the currency's minor units (scaled for a currency without one). */
export function exampleAmountsFor(currency: string): ExampleAmounts {
  const override = WHOLE_UNIT_AMOUNTS[currency];
  if (override) return override;
  const scale = 10 ** minorUnitsOf(currency);
  // 4,90 in a currency with two decimals is 490; with none, 490 whole units keeps the ratio.
  return scale === 1
    ? { product: 2_500, service: 6_000, shipping: 490 }
    : { product: 25 * scale, service: 60 * scale, shipping: (490 * scale) / 100 };
}

export type CategoryRuleExample = {
  ruleId: string;
  /** a rule with a kind only applies to that kind: the example sells that kind */
  productKind: ProductKindName | null;
  /** the rule's category and its ancestors, nearest first */
  categoryPath: readonly string[];
};

export type WorkedExamplesInput = {
  plan: FeePlan;
  settings: FeeSettings;
  ambassadorsEnabled: boolean;
  amounts: ExampleAmounts;
  categoryRules: readonly CategoryRuleExample[];
};

type ExampleSpec = {
  key: string;
  kind: WorkedExampleKind;
  productKind: ProductKindName;
  ruleId?: string;
  categoryPath?: readonly string[];
  lineAmount: number;
  deliveryFeeAmount?: number;
  ambassador?: boolean;
  commissionFree?: boolean;
};

/** One sale of one line by one shop, through the engine. */
export function workedExampleOf(spec: ExampleSpec, plan: FeePlan, settings: FeeSettings): WorkedExample {
  const input: FeeOrderInput = {
    settings,
    ambassador: spec.ambassador ?? false,
    parts: [
      {
        plan,
        lines: [{ kind: spec.productKind, categoryPath: spec.categoryPath ?? [], lineAmount: spec.lineAmount }],
        deliveryFeeAmount: spec.deliveryFeeAmount ?? 0,
        commissionFree: spec.commissionFree ?? false,
      },
    ],
  };
  const result = computeOrderFees(input);
  const part = result.parts[0];
  return {
    key: spec.key,
    kind: spec.kind,
    productKind: spec.productKind,
    ruleId: spec.ruleId ?? null,
    input,
    rateBps: part.lines[0].rateBps,
    itemsAmount: part.itemsAmount,
    deliveryFeeAmount: part.deliveryFeeAmount,
    shopperPaysAmount: result.totalAmount,
    commissionAmount: part.commissionAmount,
    shippingCommissionAmount: part.shippingCommissionAmount,
    feesVatAmount: part.feesVatAmount,
    orderPaymentFeeAmount: result.paymentFeeAmount,
    paymentFeeAmount: part.paymentFeeAmount,
    ambassadorShareAmount: part.ambassadorShareAmount,
    vendorNetAmount: part.vendorNetAmount,
    marketplaceKeptAmount: part.marketplaceCommissionKeptAmount,
  };
}

const priceOf = (kind: ProductKindName, amounts: ExampleAmounts) =>
  kind === "SERVICE" ? amounts.service : amounts.product;

/**
 * The examples, in reading order: a product, a service (and a digital product when the plan has a
 * rule for them), a product with delivery, one bought through an ambassador's link (when the
 * programme is on), one of the first commission-free sales (when the plan has some), then one per
 * category rule.
 */
export function buildWorkedExamples(input: WorkedExamplesInput): WorkedExample[] {
  const { plan, settings, amounts } = input;
  const specs: ExampleSpec[] = [
    { key: "product", kind: "product", productKind: "PHYSICAL", lineAmount: amounts.product },
    { key: "service", kind: "service", productKind: "SERVICE", lineAmount: amounts.service },
  ];
  if (plan.rules.some((rule) => rule.categoryId === null && rule.productKind === "DIGITAL")) {
    specs.push({ key: "digital", kind: "digital", productKind: "DIGITAL", lineAmount: amounts.product });
  }
  specs.push({
    key: "shipping",
    kind: "shipping",
    productKind: "PHYSICAL",
    lineAmount: amounts.product,
    deliveryFeeAmount: amounts.shipping,
  });
  if (input.ambassadorsEnabled) {
    specs.push({
      key: "ambassador",
      kind: "ambassador",
      productKind: "PHYSICAL",
      lineAmount: amounts.product,
      ambassador: true,
    });
  }
  if (plan.commissionFreeSales > 0) {
    specs.push({
      key: "firstSales",
      kind: "firstSales",
      productKind: "PHYSICAL",
      lineAmount: amounts.product,
      commissionFree: true,
    });
  }
  for (const rule of input.categoryRules) {
    const productKind = rule.productKind ?? "PHYSICAL";
    specs.push({
      key: `category:${rule.ruleId}`,
      kind: "category",
      productKind,
      ruleId: rule.ruleId,
      categoryPath: rule.categoryPath,
      lineAmount: priceOf(productKind, amounts),
    });
  }
  return specs.map((spec) => workedExampleOf(spec, plan, settings));
}

export type PlanCostInput = {
  billing: "MONTHLY" | "FIXED_TERM";
  monthlyFeeAmount: number;
  /** FIXED_TERM: the term's price after its discount (termPriceOf) */
  termPriceAmount: number;
  termMonths: number;
};

export type PlanCost = {
  billing: "MONTHLY" | "FIXED_TERM";
  termMonths: number;
  amountExclVat: number;
  vatRateBps: number;
  vatAmount: number;
  totalAmount: number;
};

/**
 * What the plan itself costs, with the VAT on fees, as billing charges it (chargeAmounts): a month
 * of a monthly plan, or a whole fixed term. Null for a free monthly plan.
 */
export function planCostOf(plan: PlanCostInput, feesVatBps: number): PlanCost | null {
  const amount = plan.billing === "FIXED_TERM" ? plan.termPriceAmount : plan.monthlyFeeAmount;
  if (amount <= 0) return null;
  return { billing: plan.billing, termMonths: plan.termMonths, ...chargeAmounts(amount, feesVatBps) };
}
