import type { PlanFormValues } from "@/components/admin/plans/plan-form";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { formatPercentInput } from "@/lib/money/parse-percent";
import type { OfferedPlan } from "@/lib/plans/offered-plans";

/** A new plan's starting values: free, monthly, no commission. */
export function newPlanValues(locale: string, currency: string): PlanFormValues {
  return {
    code: "",
    name: "",
    description: "",
    billing: "MONTHLY",
    monthlyFee: formatMoneyInput(0, locale, currency),
    defaultCommission: "0",
    commissionFreeSales: "0",
    commissionOnShipping: false,
    paymentFeePassThrough: false,
    termMonths: "1",
    discount: "0",
    premium: false,
    position: "0",
    payoutSchedule: "",
  };
}

/** A plan's terms as the form shows them, in the operator's locale. */
export function planValuesFromPlan(plan: OfferedPlan, locale: string): PlanFormValues {
  return {
    code: plan.code,
    name: plan.name,
    description: plan.description,
    billing: plan.billing,
    monthlyFee: formatMoneyInput(plan.monthlyFeeAmount, locale, plan.currency),
    defaultCommission: formatPercentInput(plan.defaultCommissionBps, locale),
    commissionFreeSales: String(plan.commissionFreeSales),
    commissionOnShipping: plan.commissionOnShipping,
    paymentFeePassThrough: plan.paymentFeePassThrough,
    termMonths: String(plan.termMonths),
    discount: formatPercentInput(plan.discountBps, locale),
    premium: plan.premium,
    position: String(plan.position),
    payoutSchedule: plan.payoutSchedule ?? "",
  };
}
