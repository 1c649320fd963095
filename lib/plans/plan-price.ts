// What a plan costs per period (docs/business-models.md, subscriptions and billing): a monthly plan costs its monthly
// fee each month; a fixed term (rent) costs its months at the monthly fee, less its discount, paid in
// advance. Pure: shared by the plan pages, onboarding and billing. Amounts in minor units, excl. VAT.
import { applyRate } from "@/lib/money/allocate-amount";

export type PricedPlan = {
  billing: "MONTHLY" | "FIXED_TERM";
  monthlyFeeAmount: number;
  termMonths: number;
  /** basis points off a fixed term (1000 = 10 %) */
  discountBps: number;
};

/** The undiscounted price of a fixed term: its months at the monthly fee. */
export function termListPriceOf(plan: PricedPlan): number {
  return plan.billing === "FIXED_TERM" ? plan.monthlyFeeAmount * plan.termMonths : plan.monthlyFeeAmount;
}

/**
 * FIXED_TERM: monthly fee × months, less the discount (rounded half up to the minor unit by
 * applyRate); MONTHLY: the monthly fee.
 */
export function termPriceOf(plan: PricedPlan): number {
  if (plan.billing !== "FIXED_TERM") return plan.monthlyFeeAmount;
  const listPrice = termListPriceOf(plan);
  return listPrice - applyRate(listPrice, plan.discountBps);
}

/** What the fixed term saves against paying its months at the monthly fee (0 for a monthly plan). */
export function termSavingOf(plan: PricedPlan): number {
  return termListPriceOf(plan) - termPriceOf(plan);
}
