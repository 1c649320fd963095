// What choosing a plan would do now (docs/business-models.md, subscriptions and billing), for the plan page's
// buttons: the same pure rules changePlan and payRentTerm apply (lib/fees/plan-charges.ts).
import { nextMonthStartOf, planChangeTiming, proratedFeeFrom, upgradeChargeFrom } from "@/lib/fees/plan-charges";
import { termPriceOf } from "@/lib/plans/plan-price";

type PreviewPlan = {
  id: string;
  billing: "MONTHLY" | "FIXED_TERM";
  monthlyFeeAmount: number;
  termMonths: number;
  discountBps: number;
};

export type PreviewState = {
  shopStatus: string;
  /** the subscription in force; null when none (lapsed, or never started) */
  current: {
    plan: PreviewPlan;
    endsAt: Date | null;
    cancelled: boolean;
    nextPlanId: string | null;
  } | null;
  /** when a term paid now would start (at once, or after the term in force or one paid in advance) */
  rentStartsAt: Date;
  /** a renewal is already paid in advance */
  prepaid: boolean;
};

export type PlanChangePreview =
  | { kind: "current" }
  | { kind: "keep" }
  | { kind: "scheduled"; from: Date }
  | { kind: "start" | "upgrade"; amount: number }
  | { kind: "same-fee" }
  | { kind: "downgrade"; from: Date }
  | { kind: "after-term"; from: Date }
  | { kind: "rent"; price: number; startsAt: Date; startsNow: boolean }
  | { kind: "unavailable"; reason: "cancellation-pending" | "shop-status" | "prepaid" };

export function previewPlanChange(state: PreviewState, target: PreviewPlan, now: Date): PlanChangePreview {
  if (state.shopStatus !== "APPROVED" && state.shopStatus !== "LAPSED")
    return { kind: "unavailable", reason: "shop-status" };
  const current = state.shopStatus === "LAPSED" ? null : state.current;
  if (target.billing === "FIXED_TERM") {
    if (state.prepaid) return { kind: "unavailable", reason: "prepaid" };
    return {
      kind: "rent",
      price: termPriceOf(target),
      startsAt: state.rentStartsAt,
      startsNow: state.rentStartsAt <= now,
    };
  }
  if (!current) return { kind: "start", amount: proratedFeeFrom(target.monthlyFeeAmount, now) };
  if (current.plan.id === target.id) return current.nextPlanId ? { kind: "keep" } : { kind: "current" };
  if (current.nextPlanId === target.id) return { kind: "scheduled", from: current.endsAt ?? nextMonthStartOf(now) };
  if (current.cancelled) return { kind: "unavailable", reason: "cancellation-pending" };
  if (current.plan.billing === "FIXED_TERM") {
    if (state.prepaid) return { kind: "unavailable", reason: "prepaid" };
    return { kind: "after-term", from: current.endsAt ?? now };
  }
  const timing = planChangeTiming(current.plan.monthlyFeeAmount, target.monthlyFeeAmount);
  if (timing === "downgrade") return { kind: "downgrade", from: nextMonthStartOf(now) };
  if (timing === "same-fee") return { kind: "same-fee" };
  return { kind: "upgrade", amount: upgradeChargeFrom(current.plan.monthlyFeeAmount, target.monthlyFeeAmount, now) };
}
