import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { addMonths } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renewShop } from "@/lib/sellers/plan-transitions";
import { activeSubscriptionOf, prepaidTermOf } from "./billing-shop";

/**
 * When a fixed term paid now starts (docs/business-models.md, subscriptions and billing): at once, or when the term
 * in force (or one already paid in advance) ends, for a renewal made before the end.
 */
export async function rentTermStartFor(tx: Prisma.TransactionClient, shopId: string, now: Date): Promise<Date> {
  const prepaid = await prepaidTermOf(tx, shopId);
  if (prepaid) return prepaid.periodEnd > now ? prepaid.periodEnd : now;
  const current = await activeSubscriptionOf(tx, shopId);
  if (current?.plan.billing === "FIXED_TERM" && current.endsAt && current.endsAt > now) return current.endsAt;
  return now;
}

export function rentTermPeriod(start: Date, termMonths: number): { periodStart: Date; periodEnd: Date } {
  return { periodStart: start, periodEnd: addMonths(start, termMonths) };
}

/**
 * A paid RENT charge takes effect: a term starting now ends the subscription in force (a monthly
 * plan, or a term just run out) and starts its own, ACTIVE until `endsAt`; a lapsed shop is live
 * again at once. A term starting later (an early renewal) stays with its charge until the billing
 * run reaches the current term's end.
 */
export async function applyPaidRent(
  tx: Prisma.TransactionClient,
  charge: { id: string; shopId: string; planId: string; periodStart: Date; periodEnd: Date },
  now: Date,
  actorId: string | null,
): Promise<void> {
  if (charge.periodStart > now) return;
  await tx.subscription.updateMany({
    where: { shopId: charge.shopId, status: "ACTIVE" },
    data: { status: "EXPIRED", endsAt: now, nextPlanId: null },
  });
  const subscription = await tx.subscription.create({
    data: {
      shopId: charge.shopId,
      planId: charge.planId,
      status: "ACTIVE",
      startedAt: charge.periodStart,
      endsAt: charge.periodEnd,
    },
    select: { id: true },
  });
  await tx.billingCharge.update({ where: { id: charge.id }, data: { subscriptionId: subscription.id } });
  await tx.shop.update({ where: { id: charge.shopId }, data: { planId: charge.planId } });
  await renewShop(tx, charge.shopId, actorId);
  await recordAudit(tx, {
    actorId,
    action: "subscription.started",
    entityType: "Shop",
    entityId: charge.shopId,
    data: { planId: charge.planId, chargeId: charge.id, endsAt: charge.periodEnd.toISOString() },
  });
}
