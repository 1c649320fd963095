import type { PlanFormLabels, PlanFormValues } from "@/components/admin/plans/plan-form";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { formatPercentInput } from "@/lib/money/parse-percent";
import type { OfferedPlan } from "@/lib/plans/offered-plans";
import { PLAN_PAYOUT_SCHEDULES, TERM_MONTHS, type PlanPayoutSchedule as PayoutSchedule } from "@/lib/plans/plan-schema";

/**
 * The plan form's words. `marketplace` is the marketplace's payout schedule and weekday, named in
 * the "the marketplace's" choice so the operator sees what a plan without its own schedule gets.
 */
export function planFormLabels(
  t: Translate,
  currency: string,
  mode: "create" | "edit",
  marketplace: { payoutSchedule: PayoutSchedule; weekdayName: string },
): PlanFormLabels {
  const scheduleLabel = (schedule: PayoutSchedule) =>
    t(`settings.payoutSchedule.${schedule}`, { weekday: marketplace.weekdayName });
  return {
    code: t("plans.form.code"),
    name: t("plans.form.name"),
    description: t("plans.form.description"),
    billing: t("plans.form.billing"),
    monthlyFee: t("plans.form.monthlyFee", { currency }),
    defaultCommission: t("plans.form.defaultCommission"),
    commissionFreeSales: t("plans.form.commissionFreeSales"),
    commissionOnShipping: t("plans.form.commissionOnShipping"),
    paymentFeePassThrough: t("plans.form.paymentFeePassThrough"),
    termMonths: t("plans.form.termMonths"),
    discount: t("plans.form.discount"),
    premium: t("plans.form.premium"),
    position: t("plans.form.position"),
    payoutSchedule: t("plans.form.payoutSchedule"),
    hints: {
      code: t("plans.form.codeHint"),
      description: t("plans.form.descriptionHint"),
      monthlyFee: t("plans.form.monthlyFeeHint"),
      defaultCommission: t("plans.form.defaultCommissionHint"),
      commissionFreeSales: t("plans.form.commissionFreeSalesHint"),
      paymentFeePassThrough: t("plans.form.paymentFeePassThroughHint"),
      termMonths: t("plans.form.termMonthsHint"),
      discount: t("plans.form.discountHint"),
      position: t("plans.form.positionHint"),
      payoutSchedule: t("plans.form.payoutScheduleHint"),
    },
    billingMonthly: t("plans.form.billingMonthly"),
    billingFixedTerm: t("plans.form.billingFixedTerm"),
    termMonthsOptions: TERM_MONTHS.map((months) => ({
      value: String(months),
      label: t("plans.form.termMonthsOption", { count: months }),
    })),
    payoutScheduleOptions: [
      {
        value: "",
        label: t("plans.form.payoutScheduleMarketplace", { schedule: scheduleLabel(marketplace.payoutSchedule) }),
      },
      ...PLAN_PAYOUT_SCHEDULES.map((schedule) => ({ value: schedule, label: scheduleLabel(schedule) })),
    ],
    fixedTermLegend: t("plans.form.fixedTermLegend"),
    commissionLegend: t("plans.form.commissionLegend"),
    submit: mode === "create" ? t("plans.form.create") : t("plans.form.save"),
    pending: t("plans.form.pending"),
  };
}

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
