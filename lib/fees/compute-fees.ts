// THE fee engine (docs/business-models.md, fees): every fee a sale carries, computed in one place and
// used by checkout, payment confirmation, the Rates page and its worked examples. Pure: no I/O.
// Amounts are integer minor units (whatever the currency: cents, or whole rials), rates are basis
// points (1000 = 10 %); every rounding goes through applyRate (half up) or allocateAmount (largest
// remainder), so no cent is lost or invented.
//
// For one shop's part of an order:
// 1. Line rate (commissionRateFor): a rule for the product's category wins, looking at the category
//    then its ancestors, nearest first (a rule naming a category AND a kind applies only to that
//    kind, and beats the category's kind-less rule); then a rule for the product kind; then the
//    plan's default. Rates are kept within 0–100 %. No plan, or a commission-free sale (one of the
//    plan's first `commissionFreeSales`), means every rate is 0.
// 2. Items commission: per rate group, applyRate(sum of the group's lines, rate), rounded once,
//    then spread over the group's lines with allocateAmount (weights: line amounts), so the lines
//    add up to the part's items commission exactly.
// 3. Shipping commission: applyRate(deliveryFee, plan.defaultCommissionBps) when the plan has
//    commissionOnShipping (0 for a commission-free sale). commission = items + shipping commission.
// 4. VAT on fees: applyRate(commission, settings.feesVatBps). Not on the payment fee, which is
//    passed on at cost.
// 5. Payment fee: on the order, applyRate(total, paymentFeeBps) + paymentFeeFixedAmount (0 when the
//    total is 0), split over the parts with allocateAmount (weights: items + delivery). A part is
//    charged its share when settings.paymentFeePassedOn or its plan's paymentFeePassThrough; else
//    the marketplace absorbs it (the part is charged 0).
// 6. Ambassador (an order through an ambassador's link): each line's share is
//    min(applyRate(lineAmount, ambassadorShareBps), line commission) — carved out of the
//    marketplace's commission, the vendor's net does not change.
// 7. vendorNet = items + delivery − commission − feesVat − paymentFee charged, never below 0:
//    commission ≤ items + delivery (rates ≤ 100 %); the VAT is capped at what is left after the
//    commission; the payment fee charged is capped at what is left after both (the marketplace
//    absorbs the rest). So vendorNet + commission + feesVat + paymentFee = items + delivery, always.
import { allocateAmount, applyRate } from "@/lib/money/allocate-amount";
import type {
  FeeLine,
  FeeOrderInput,
  FeeOrderResult,
  FeePartInput,
  FeePartResult,
  FeePlan,
  FeeSettings,
} from "./types";

const MAX_RATE_BPS = 10_000;
const clampRate = (rateBps: number) => Math.min(MAX_RATE_BPS, Math.max(0, Math.trunc(rateBps)));

/** The commission rate of one line in basis points, before any commission-free sale (rule 1). */
export function commissionRateFor(
  plan: Pick<FeePlan, "defaultCommissionBps" | "rules">,
  line: Pick<FeeLine, "kind" | "categoryPath">,
): number {
  for (const categoryId of line.categoryPath) {
    // A rule naming both a category and a kind only applies to that kind in that category.
    const exact = plan.rules.find((rule) => rule.categoryId === categoryId && rule.productKind === line.kind);
    if (exact) return clampRate(exact.rateBps);
    const byCategory = plan.rules.find((rule) => rule.categoryId === categoryId && rule.productKind === null);
    if (byCategory) return clampRate(byCategory.rateBps);
  }
  const byKind = plan.rules.find((rule) => rule.categoryId === null && rule.productKind === line.kind);
  if (byKind) return clampRate(byKind.rateBps);
  return clampRate(plan.defaultCommissionBps);
}

/** `amount` plus its VAT at `vatBps` (applyRate, half up). */
export function withVat(amount: number, vatBps: number): number {
  return amount + applyRate(amount, vatBps);
}

/** The provider's fee on a whole order (rule 5): rate + fixed amount, 0 for a free order. */
export function estimatePaymentFee(
  settings: Pick<FeeSettings, "paymentFeeBps" | "paymentFeeFixedAmount">,
  totalAmount: number,
): number {
  if (totalAmount <= 0) return 0;
  return applyRate(totalAmount, settings.paymentFeeBps) + settings.paymentFeeFixedAmount;
}

/** The items commission of a part's lines, per rate group (rule 2). */
function itemsCommission(
  lines: readonly FeeLine[],
  rates: readonly number[],
): { total: number; lineAmounts: number[] } {
  const lineAmounts = lines.map(() => 0);
  const groups = new Map<number, number[]>();
  rates.forEach((rate, index) => groups.set(rate, [...(groups.get(rate) ?? []), index]));
  let total = 0;
  for (const [rate, indexes] of groups) {
    const groupAmount = indexes.reduce((sum, index) => sum + lines[index].lineAmount, 0);
    const groupCommission = applyRate(groupAmount, rate);
    total += groupCommission;
    const shares = allocateAmount(
      groupCommission,
      indexes.map((index) => lines[index].lineAmount),
    );
    indexes.forEach((index, position) => (lineAmounts[index] = shares[position]));
  }
  return { total, lineAmounts };
}

export type PartFeeOptions = {
  /** the order came through an ambassador's link */
  ambassador: boolean;
  /** this part's share of the order's payment fee (computeOrderFees splits it) */
  paymentFeeShareAmount: number;
};

/** Every fee of one shop's part (rules 1–4, 6, 7), given its share of the order's payment fee. */
export function computePartFees(part: FeePartInput, settings: FeeSettings, options: PartFeeOptions): FeePartResult {
  const { plan, lines } = part;
  const itemsAmount = lines.reduce((sum, line) => sum + line.lineAmount, 0);
  const deliveryFeeAmount = part.deliveryFeeAmount;
  const gross = itemsAmount + deliveryFeeAmount;
  const charged = plan !== null && !part.commissionFree;

  const rates = lines.map((line) => (charged ? commissionRateFor(plan, line) : 0));
  const items = itemsCommission(lines, rates);
  const shippingCommissionAmount =
    charged && plan.commissionOnShipping ? applyRate(deliveryFeeAmount, clampRate(plan.defaultCommissionBps)) : 0;
  const commissionAmount = items.total + shippingCommissionAmount;
  // Caps (rule 7): nothing is ever taken beyond what the shopper paid for the part.
  const feesVatAmount = Math.min(
    applyRate(commissionAmount, Math.max(0, settings.feesVatBps)),
    gross - commissionAmount,
  );
  const passedOn = settings.paymentFeePassedOn || (plan?.paymentFeePassThrough ?? false);
  const paymentFeeAmount = passedOn
    ? Math.min(Math.max(0, options.paymentFeeShareAmount), gross - commissionAmount - feesVatAmount)
    : 0;

  const shares = lines.map((line, index) =>
    options.ambassador
      ? Math.min(applyRate(line.lineAmount, Math.max(0, settings.ambassadorShareBps)), items.lineAmounts[index])
      : 0,
  );
  const ambassadorShareAmount = shares.reduce((sum, share) => sum + share, 0);

  return {
    lines: lines.map((_, index) => ({
      rateBps: rates[index],
      commissionAmount: items.lineAmounts[index],
      ambassadorShareAmount: shares[index],
    })),
    itemsAmount,
    deliveryFeeAmount,
    itemsCommissionAmount: items.total,
    shippingCommissionAmount,
    commissionAmount,
    feesVatAmount,
    paymentFeeAmount,
    ambassadorShareAmount,
    vendorNetAmount: gross - commissionAmount - feesVatAmount - paymentFeeAmount,
    marketplaceCommissionKeptAmount: commissionAmount - ambassadorShareAmount + paymentFeeAmount,
  };
}

/** Every fee of a whole order: the payment fee estimated on the total and split over the parts (rule 5). */
export function computeOrderFees(input: FeeOrderInput): FeeOrderResult {
  const grossOf = (part: FeePartInput) =>
    part.lines.reduce((sum, line) => sum + line.lineAmount, 0) + part.deliveryFeeAmount;
  const grosses = input.parts.map(grossOf);
  const totalAmount = grosses.reduce((sum, gross) => sum + gross, 0);
  const paymentFeeAmount = estimatePaymentFee(input.settings, totalAmount);
  const shares = input.parts.length === 0 ? [] : allocateAmount(paymentFeeAmount, grosses);
  return {
    totalAmount,
    paymentFeeAmount,
    parts: input.parts.map((part, index) =>
      computePartFees(part, input.settings, { ambassador: input.ambassador, paymentFeeShareAmount: shares[index] }),
    ),
  };
}
