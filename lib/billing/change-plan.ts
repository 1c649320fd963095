import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextMonthStartOf, planChangeTiming, upgradeChargeFrom } from "@/lib/fees/plan-charges";
import { parseInput } from "@/lib/forms/parse-input";
import { parseIdOrThrow } from "@/lib/parse-id";
import { renewShop } from "@/lib/sellers/plan-transitions";
import { activeSubscriptionOf, lockOwnedShop, memoOf, prepaidTermOf } from "./billing-shop";
import { loadBillingSettings } from "./billing-settings";
import { loadOfferedPlan } from "./load-offered-plan";
import { changePlanSchema, type ChangePlanInput } from "./schemas";
import { startMonthlySubscription } from "./start-subscription";
import { writeBalanceCharge } from "./write-charge";

export type PlanChangeOutcome =
  /** in force now; `chargedAmount` excl. VAT (an upgrade's difference, or a first month prorated) */
  | { kind: "changed" | "resubscribed"; chargedAmount: number }
  /** takes effect at `from` (a downgrade on the 1st, or a monthly plan after a fixed term) */
  | { kind: "scheduled"; from: Date }
  /** the scheduled downgrade was withdrawn: the current plan stays */
  | { kind: "kept" };

const conflict = (key: string, message: string) => new AppError("CONFLICT", message, { form: key });

/**
 * The shop's owner moves it to another monthly plan (docs/business-models.md, subscriptions and billing): a dearer
 * plan at once, the difference charged for the rest of the month; a cheaper one (or a free one)
 * on the 1st (`nextPlanId`, applied by the billing run before it bills); one of the same fee at
 * once, nothing charged. During a fixed term, the monthly plan starts when the term ends. A lapsed
 * shop is resubscribed: live again at once, its first month prorated. Fixed terms are paid with
 * payRentTerm. Archived or unknown plans are refused on `planId`, with nothing written.
 */
export async function changePlan(
  actor: Actor | null,
  shopId: string,
  input: ChangePlanInput,
  now: Date = new Date(),
): Promise<PlanChangeOutcome> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  const { planId } = parseInput(changePlanSchema, input);
  return getDb().$transaction(async (tx) => {
    const shop = await lockOwnedShop(tx, actor.id, id);
    const plan = await loadOfferedPlan(tx, planId);
    if (plan.billing === "FIXED_TERM")
      throw new AppError("VALIDATION", "a fixed term is paid", { planId: "billing.errors.rentNeedsPayment" });
    const audit = (action: string, data: Record<string, string | number | null>) =>
      recordAudit(tx, { actorId: actor.id, action, entityType: "Shop", entityId: shop.id, data });

    if (shop.status === "LAPSED") {
      const { chargedAmount } = await startMonthlySubscription(tx, shop.id, plan, now);
      if (!(await renewShop(tx, shop.id, actor.id))) throw conflict("billing.errors.conflict", "shop moved on");
      await audit("subscription.started", { planId: plan.id, chargedAmount });
      return { kind: "resubscribed", chargedAmount };
    }
    if (shop.status !== "APPROVED") throw conflict("billing.errors.shopNotLive", `shop is ${shop.status}`);

    const current = await activeSubscriptionOf(tx, shop.id);
    if (!current) {
      const { chargedAmount } = await startMonthlySubscription(tx, shop.id, plan, now);
      await audit("subscription.started", { planId: plan.id, chargedAmount });
      return { kind: "changed", chargedAmount };
    }
    if (current.cancelledAt) throw conflict("billing.errors.cancellationPending", "resume first");
    if (plan.id === current.plan.id) {
      if (!current.nextPlanId)
        throw new AppError("VALIDATION", "already on this plan", { planId: "billing.errors.samePlan" });
      await tx.subscription.updateMany({ where: { id: current.id, status: "ACTIVE" }, data: { nextPlanId: null } });
      await audit("subscription.change-withdrawn", { planId: plan.id });
      return { kind: "kept" };
    }

    if (current.plan.billing === "FIXED_TERM") {
      if (await prepaidTermOf(tx, shop.id)) throw conflict("billing.errors.renewalAlreadyPaid", "a term is prepaid");
      await tx.subscription.update({ where: { id: current.id }, data: { nextPlanId: plan.id } });
      await audit("subscription.change-scheduled", { planId: plan.id, from: current.endsAt?.toISOString() ?? null });
      return { kind: "scheduled", from: current.endsAt ?? now };
    }

    const timing = planChangeTiming(current.plan.monthlyFeeAmount, plan.monthlyFeeAmount);
    if (timing === "downgrade") {
      const from = nextMonthStartOf(now);
      await tx.subscription.update({ where: { id: current.id }, data: { nextPlanId: plan.id } });
      await audit("subscription.change-scheduled", { planId: plan.id, from: from.toISOString() });
      return { kind: "scheduled", from };
    }
    const { count } = await tx.subscription.updateMany({
      where: { id: current.id, status: "ACTIVE" },
      data: { status: "EXPIRED", endsAt: now, nextPlanId: null },
    });
    if (count !== 1) throw conflict("billing.errors.conflict", "subscription moved on");
    const next = await tx.subscription.create({
      data: { shopId: shop.id, planId: plan.id, status: "ACTIVE", startedAt: now },
      select: { id: true },
    });
    await tx.shop.update({ where: { id: shop.id }, data: { planId: plan.id } });
    const chargedAmount = upgradeChargeFrom(current.plan.monthlyFeeAmount, plan.monthlyFeeAmount, now);
    if (chargedAmount > 0) {
      const settings = await loadBillingSettings(tx);
      const periodEnd = nextMonthStartOf(now);
      await writeBalanceCharge(tx, {
        shopId: shop.id,
        subscriptionId: next.id,
        planId: plan.id,
        kind: "UPGRADE",
        periodKey: `upgrade:${next.id}`,
        periodStart: now,
        periodEnd,
        amountExclVat: chargedAmount,
        feesVatBps: settings.feesVatBps,
        currency: plan.currency,
        memo: memoOf(plan.code, { start: now, end: periodEnd }),
        now,
      });
    }
    await audit("subscription.plan-changed", { fromPlanId: current.plan.id, planId: plan.id, chargedAmount });
    return { kind: "changed", chargedAmount };
  });
}
