// Commission of one shop's part of an order (pure). The rate of a line comes from the shop's plan:
// a rule for the product's category (or its nearest ancestor that has one) wins, then a rule for the
// product kind, then the plan's default. During the plan's commission-free first sales (a trial),
// every rate is 0. The part's commission is computed per rate group and spread back over the lines
// with allocateAmount, so the lines always sum to the part's commission exactly.
import { allocateAmount, applyRate } from "@/lib/money/allocate-amount";

export type CommissionPlan = {
  defaultCommissionBps: number;
  commissionFreeSales: number;
  rules: { productKind: "PHYSICAL" | "SERVICE" | "DIGITAL" | null; categoryId: string | null; rateBps: number }[];
};

export type CommissionLine = {
  kind: "PHYSICAL" | "SERVICE" | "DIGITAL";
  /** the product's category and its ancestors, nearest first */
  categoryPath: readonly string[];
  lineAmount: number;
};

/** The rate in basis points for one line (1000 = 10 %). */
export function commissionRateFor(plan: CommissionPlan, line: Pick<CommissionLine, "kind" | "categoryPath">): number {
  for (const categoryId of line.categoryPath) {
    // A rule naming both a category and a kind only applies to that kind in that category.
    const exact = plan.rules.find((rule) => rule.categoryId === categoryId && rule.productKind === line.kind);
    if (exact) return exact.rateBps;
    const byCategory = plan.rules.find((rule) => rule.categoryId === categoryId && rule.productKind === null);
    if (byCategory) return byCategory.rateBps;
  }
  const byKind = plan.rules.find((rule) => rule.categoryId === null && rule.productKind === line.kind);
  if (byKind) return byKind.rateBps;
  return plan.defaultCommissionBps;
}

export type CommissionResult = { commissionAmount: number; lines: { rateBps: number; commissionAmount: number }[] };

/**
 * `paidSalesBefore`: how many of the shop's orders were paid before this one (the trial counts
 * sales, i.e. paid shop orders). A null plan means no commission (the marketplace has none set).
 */
export function computeCommission(
  plan: CommissionPlan | null,
  lines: readonly CommissionLine[],
  paidSalesBefore: number,
): CommissionResult {
  const inTrial = plan !== null && paidSalesBefore < plan.commissionFreeSales;
  const rates = lines.map((line) => (plan === null || inTrial ? 0 : commissionRateFor(plan, line)));

  // Per rate: round once on the group's amount, then spread the group's commission over its lines.
  const commissions = lines.map(() => 0);
  const groups = new Map<number, number[]>();
  rates.forEach((rate, index) => groups.set(rate, [...(groups.get(rate) ?? []), index]));
  let total = 0;
  for (const [rate, indexes] of groups) {
    const groupAmount = indexes.reduce((sum, index) => sum + lines[index].lineAmount, 0);
    const groupCommission = applyRate(groupAmount, rate);
    total += groupCommission;
    const parts = allocateAmount(
      groupCommission,
      indexes.map((index) => lines[index].lineAmount),
    );
    indexes.forEach((index, position) => (commissions[index] = parts[position]));
  }
  return {
    commissionAmount: total,
    lines: lines.map((_, index) => ({ rateBps: rates[index], commissionAmount: commissions[index] })),
  };
}

export type PaymentFeePolicy = { paymentFeeBps: number; paymentFeeFixedAmount: number };

/** The provider's fee on the whole order (e.g. 1.5 % + 0.25 €), estimated from the settings. */
export function estimatePaymentFee(policy: PaymentFeePolicy, totalAmount: number): number {
  if (totalAmount <= 0) return 0;
  return applyRate(totalAmount, policy.paymentFeeBps) + policy.paymentFeeFixedAmount;
}

/**
 * The payment fee shared across the order's shop parts in proportion to what each part is paid
 * (items + shipping); only shops whose plan passes the fee through are charged their share.
 */
export function splitPaymentFee(
  feeAmount: number,
  parts: readonly { totalAmount: number; passThrough: boolean }[],
): number[] {
  const shares = allocateAmount(
    feeAmount,
    parts.map((part) => part.totalAmount),
  );
  return shares.map((share, index) => (parts[index].passThrough ? share : 0));
}
