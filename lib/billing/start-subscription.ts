import "server-only";
import { nextMonthStartOf, proratedFeeFrom } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activeSubscriptionOf, memoOf } from "./billing-shop";
import { loadBillingSettings } from "./billing-settings";
import { writeBalanceCharge } from "./write-charge";

type MonthlyPlan = { id: string; code: string; monthlyFeeAmount: number; currency: string };

/**
 * Starts a monthly subscription now: a new ACTIVE row, the shop's plan set, and when the plan has a
 * fee, the rest of the month charged (PRORATED_FEE: fee × days left, today included / days in the
 * month). Returns the subscription and what was charged excl. VAT.
 */
export async function startMonthlySubscription(
  tx: Prisma.TransactionClient,
  shopId: string,
  plan: MonthlyPlan,
  now: Date,
): Promise<{ subscriptionId: string; chargedAmount: number }> {
  const subscription = await tx.subscription.create({
    data: { shopId, planId: plan.id, status: "ACTIVE", startedAt: now },
    select: { id: true },
  });
  await tx.shop.update({ where: { id: shopId }, data: { planId: plan.id } });
  const amount = proratedFeeFrom(plan.monthlyFeeAmount, now);
  if (amount > 0) {
    const settings = await loadBillingSettings(tx);
    const periodEnd = nextMonthStartOf(now);
    await writeBalanceCharge(tx, {
      shopId,
      subscriptionId: subscription.id,
      planId: plan.id,
      kind: "PRORATED_FEE",
      periodKey: `prorated:${subscription.id}`,
      periodStart: now,
      periodEnd,
      amountExclVat: amount,
      feesVatBps: settings.feesVatBps,
      currency: plan.currency,
      memo: memoOf(plan.code, { start: now, end: periodEnd }),
      now,
    });
  }
  return { subscriptionId: subscription.id, chargedAmount: amount };
}

/** The plan a shop is approved on: its own choice, else the marketplace's default plan. */
async function planAtApproval(tx: Prisma.TransactionClient, shopId: string) {
  const select = { id: true, code: true, billing: true, monthlyFeeAmount: true, currency: true } as const;
  const shop = await tx.shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { plan: { select: select } },
  });
  if (shop.plan) return shop.plan;
  const settings = await tx.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { defaultPlan: { select: select } },
  });
  return settings?.defaultPlan ?? null;
}

/**
 * The status an application is approved into (docs/business-models.md, subscriptions and billing): LAPSED when its
 * plan is a fixed term not paid yet (it goes live once its first term is paid), else APPROVED.
 */
export async function statusAtApproval(tx: Prisma.TransactionClient, shopId: string): Promise<"APPROVED" | "LAPSED"> {
  const plan = await planAtApproval(tx, shopId);
  if (plan?.billing !== "FIXED_TERM") return "APPROVED";
  return (await activeSubscriptionOf(tx, shopId)) ? "APPROVED" : "LAPSED";
}

/**
 * Called by approveShop in its transaction: the subscription starts with the approval. A monthly
 * plan starts now (first month prorated); a fixed term waits for its first payment; a shop that
 * already has a subscription in force, or a marketplace without plans, gets nothing new.
 */
export async function startSubscription(tx: Prisma.TransactionClient, shopId: string, now: Date): Promise<void> {
  const plan = await planAtApproval(tx, shopId);
  if (!plan || (await activeSubscriptionOf(tx, shopId))) return;
  if (plan.billing === "FIXED_TERM") {
    await tx.shop.update({ where: { id: shopId }, data: { planId: plan.id } });
    return;
  }
  await startMonthlySubscription(tx, shopId, plan, now);
}
