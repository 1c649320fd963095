import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/calendar/business-days";
import { BILLING_TIME_ZONE, monthStartOf, nextMonthStartOf } from "@/lib/fees/plan-charges";

export type BillingShop = { id: string; name: string; status: ShopStatus; planId: string | null; ownerId: string };

/**
 * The vendor's own shop, locked for the rest of the transaction: every billing change of one shop
 * (plan change, cancellation, rent paid from the balance) runs one at a time, so a balance is
 * checked and spent once. Another vendor's shop is NOT_FOUND, like an unknown id.
 */
export async function lockOwnedShop(
  tx: Prisma.TransactionClient,
  ownerId: string,
  shopId: string,
): Promise<BillingShop> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Shop" WHERE "id" = ${shopId} AND "ownerId" = ${ownerId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  return tx.shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { id: true, name: true, status: true, planId: true, ownerId: true },
  });
}

export const SUBSCRIPTION_SELECT = {
  id: true,
  status: true,
  startedAt: true,
  endsAt: true,
  cancelledAt: true,
  nextPlanId: true,
  plan: { select: { id: true, code: true, name: true, billing: true, monthlyFeeAmount: true, currency: true } },
} as const;

/** The shop's subscription in force (at most one is ACTIVE). */
export async function activeSubscriptionOf(tx: Prisma.TransactionClient, shopId: string) {
  return tx.subscription.findFirst({
    where: { shopId, status: "ACTIVE" },
    orderBy: { startedAt: "desc" },
    select: SUBSCRIPTION_SELECT,
  });
}

/** The shop's balance: the sum of its ledger entries (docs/domain.md, LedgerEntry). */
export async function balanceOf(tx: Prisma.TransactionClient, shopId: string): Promise<number> {
  const sum = await tx.ledgerEntry.aggregate({ where: { shopId }, _sum: { amount: true } });
  return sum._sum.amount ?? 0;
}

/**
 * Whether the month of `now` is already paid for (a month's fee, a first month prorated, or an
 * upgrade): a reinstated shop is then not charged again, and a scheduled downgrade waits.
 */
export async function isMonthCovered(tx: Prisma.TransactionClient, shopId: string, now: Date): Promise<boolean> {
  const count = await tx.billingCharge.count({
    where: {
      shopId,
      status: "PAID",
      kind: { in: ["MONTHLY_FEE", "PRORATED_FEE", "UPGRADE"] },
      periodStart: { gte: monthStartOf(now), lt: nextMonthStartOf(now) },
    },
  });
  return count > 0;
}

/** A fixed term paid in advance that has not started yet (renewed before the current term's end). */
export async function prepaidTermOf(tx: Prisma.TransactionClient, shopId: string) {
  return tx.billingCharge.findFirst({
    where: { shopId, kind: "RENT", status: "PAID", subscriptionId: null },
    orderBy: { periodStart: "asc" },
    select: { id: true, planId: true, periodStart: true, periodEnd: true },
  });
}

/** "2026-12-16/2027-01-01": a charge's period as its ledger memo names it (with the plan's code). */
export function memoOf(planCode: string, period: string | { start: Date; end: Date }): string {
  const text =
    typeof period === "string"
      ? period
      : `${localDate(period.start, BILLING_TIME_ZONE)}/${localDate(period.end, BILLING_TIME_ZONE)}`;
  return `${planCode} ${text}`;
}
