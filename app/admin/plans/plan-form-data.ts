import type { PlanFormValues } from "@/components/admin/plans/plan-form";
import type { RuleFormValues } from "@/components/admin/plans/rule-form";
import { formText } from "@/lib/forms/form-text";

/** The fields the plan form shows: an error on any other goes to the top of the form. */
export const PLAN_FORM_FIELDS = [
  "code",
  "name",
  "description",
  "billing",
  "monthlyFee",
  "defaultCommission",
  "commissionFreeSales",
  "commissionOnShipping",
  "paymentFeePassThrough",
  "termMonths",
  "discount",
  "premium",
  "position",
  "payoutSchedule",
] as const satisfies readonly (keyof PlanFormValues)[];

export const RULE_FORM_FIELDS = ["productKind", "categoryId", "rate"] as const;

/** The plan form's fields as typed, for the domain function (which parses them) and to show again. */
export function planValuesOf(formData: FormData): PlanFormValues {
  return {
    code: formText(formData, "code"),
    name: formText(formData, "name"),
    description: formText(formData, "description"),
    billing: formText(formData, "billing") === "FIXED_TERM" ? "FIXED_TERM" : "MONTHLY",
    monthlyFee: formText(formData, "monthlyFee"),
    defaultCommission: formText(formData, "defaultCommission"),
    commissionFreeSales: formText(formData, "commissionFreeSales"),
    commissionOnShipping: formData.get("commissionOnShipping") === "on",
    paymentFeePassThrough: formData.get("paymentFeePassThrough") === "on",
    termMonths: formText(formData, "termMonths"),
    discount: formText(formData, "discount"),
    premium: formData.get("premium") === "on",
    position: formText(formData, "position"),
    payoutSchedule: formText(formData, "payoutSchedule"),
  };
}

export function ruleValuesOf(formData: FormData): RuleFormValues {
  return {
    productKind: formText(formData, "productKind"),
    categoryId: formText(formData, "categoryId"),
    rate: formText(formData, "rate"),
  };
}
