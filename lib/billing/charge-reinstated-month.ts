import "server-only";
import { nextMonthStartOf, periodKeyOf, proratedFeeFrom } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activeSubscriptionOf, isMonthCovered, memoOf } from "./billing-shop";
import { loadBillingSettings } from "./billing-settings";
import { writeBalanceCharge } from "./write-charge";

/**
 * A shop reinstated on a paid monthly plan whose month was not billed (it was suspended on the
 * 1st) pays the rest of the month from today; a month already paid is not charged again.
 * Called by reinstateShop in its transaction.
 */
export async function chargeReinstatedMonth(tx: Prisma.TransactionClient, shopId: string, now: Date): Promise<void> {
  const subscription = await activeSubscriptionOf(tx, shopId);
  if (!subscription || subscription.plan.billing !== "MONTHLY" || subscription.plan.monthlyFeeAmount <= 0) return;
  if (subscription.cancelledAt && subscription.endsAt && subscription.endsAt <= now) return;
  if (await isMonthCovered(tx, shopId, now)) return;
  const settings = await loadBillingSettings(tx);
  const periodEnd = nextMonthStartOf(now);
  await writeBalanceCharge(tx, {
    shopId,
    subscriptionId: subscription.id,
    planId: subscription.plan.id,
    kind: "PRORATED_FEE",
    periodKey: `reinstated:${periodKeyOf(now)}`,
    periodStart: now,
    periodEnd,
    amountExclVat: proratedFeeFrom(subscription.plan.monthlyFeeAmount, now),
    feesVatBps: settings.feesVatBps,
    currency: subscription.plan.currency,
    memo: memoOf(subscription.plan.code, { start: now, end: periodEnd }),
    now,
  });
}
