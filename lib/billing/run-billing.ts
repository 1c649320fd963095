import "server-only";
import { getDb } from "@/lib/db";
import { addMonths, monthStartOf } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";
import { closeShop, lapseShop } from "@/lib/sellers/plan-transitions";
import { applyPaidRent } from "./apply-paid-rent";
import { isMonthCovered, prepaidTermOf } from "./billing-shop";
import { loadBillingSettings } from "./billing-settings";
import { billMonthlyFees } from "./bill-monthly-fees";
import { sendRenewalReminder } from "./send-renewal-reminder";
import { startMonthlySubscription } from "./start-subscription";

// The billing job (docs/business-models.md, subscriptions and billing; docs/architecture.md, jobs), run every hour:
// what is due is done, each exactly once however many workers meet. On the 1st (in fact, as soon
// as a month is not billed yet): downgrades, then cancellations, then the month's fees. Every run:
// renewal reminders, fixed terms ended, grace periods over. Each row is handled by a conditional
// write in its own transaction; one failing row is logged and tried again at the next run.

export type BillingReport = {
  downgraded: number;
  cancelled: number;
  monthlyCharges: number;
  reminded: number;
  expired: number;
  closed: number;
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const BATCH = 200;

export async function runBilling(now: Date): Promise<BillingReport> {
  const report: BillingReport = { downgraded: 0, cancelled: 0, monthlyCharges: 0, reminded: 0, expired: 0, closed: 0 };
  report.downgraded = await eachDue("downgrade", dueDowngrades(), (id, tx) => applyDowngrade(tx, id, now));
  report.cancelled = await eachDue("cancellation", dueCancellations(now), (id, tx) => endCancelled(tx, id));
  report.monthlyCharges = await billMonthlyFees(now);
  report.reminded =
    (await eachDue("reminder", dueReminders(now, 1), (id, tx) => sendRenewalReminder(tx, id, 1, now))) +
    (await eachDue("reminder", dueReminders(now, 7), (id, tx) => sendRenewalReminder(tx, id, 7, now)));
  report.expired = await eachDue("expiry", dueExpiries(now), (id, tx) => expireTerm(tx, id, now));
  report.closed = await eachDue("closure", dueClosures(now), (id, tx) => closeShop(tx, id));
  return report;
}

type Finder = (after: string | null) => Promise<{ id: string }[]>;

/** Runs `act` on every row the finder returns (by id, in batches), each in its own transaction. */
async function eachDue(
  step: string,
  find: Finder,
  act: (id: string, tx: Prisma.TransactionClient) => Promise<boolean>,
): Promise<number> {
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await find(after);
    for (const { id } of batch) {
      try {
        if (await getDb().$transaction((tx) => act(id, tx))) done++;
      } catch (error) {
        console.error(`[jobs] billing: ${step} failed for ${id}:`, error);
      }
    }
    if (batch.length < BATCH) return done;
    after = batch[batch.length - 1].id;
  }
}

const page = (after: string | null) => ({
  ...(after ? { id: { gt: after } } : {}),
});

function dueDowngrades(): Finder {
  return (after) =>
    getDb().subscription.findMany({
      where: {
        status: "ACTIVE",
        nextPlanId: { not: null },
        cancelledAt: null,
        plan: { billing: "MONTHLY" },
        ...page(after),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
}

/** A downgrade takes effect once the month paid on the dearer plan is over (the new month is not paid yet). */
async function applyDowngrade(tx: Prisma.TransactionClient, subscriptionId: string, now: Date): Promise<boolean> {
  const subscription = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: {
      shopId: true,
      planId: true,
      nextPlan: { select: { id: true, code: true, monthlyFeeAmount: true, currency: true } },
    },
  });
  if (!subscription.nextPlan || (await isMonthCovered(tx, subscription.shopId, now))) return false;
  const monthStart = monthStartOf(now);
  const { count } = await tx.subscription.updateMany({
    where: { id: subscriptionId, status: "ACTIVE", nextPlanId: subscription.nextPlan.id, cancelledAt: null },
    data: { status: "EXPIRED", endsAt: monthStart, nextPlanId: null },
  });
  if (count !== 1) return false;
  await tx.subscription.create({
    data: { shopId: subscription.shopId, planId: subscription.nextPlan.id, status: "ACTIVE", startedAt: monthStart },
  });
  await tx.shop.update({ where: { id: subscription.shopId }, data: { planId: subscription.nextPlan.id } });
  await tx.auditLog.create({
    data: {
      actorId: null,
      action: "subscription.plan-changed",
      entityType: "Shop",
      entityId: subscription.shopId,
      data: { fromPlanId: subscription.planId, planId: subscription.nextPlan.id, downgrade: true },
    },
  });
  return true;
}

function dueCancellations(now: Date): Finder {
  return (after) =>
    getDb().subscription.findMany({
      where: { status: "ACTIVE", cancelledAt: { not: null }, endsAt: { lte: now }, ...page(after) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
}

/** A cancelled subscription's end: CANCELLED; the shop LAPSED, its dashboard open for the grace months. */
async function endCancelled(tx: Prisma.TransactionClient, subscriptionId: string): Promise<boolean> {
  const subscription = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: { shopId: true, endsAt: true },
  });
  const { count } = await tx.subscription.updateMany({
    where: { id: subscriptionId, status: "ACTIVE", cancelledAt: { not: null } },
    data: { status: "CANCELLED" },
  });
  if (count !== 1) return false;
  const { closedShopGraceMonths } = await loadBillingSettings(tx);
  await lapseShop(
    tx,
    subscription.shopId,
    "subscription-cancelled",
    addMonths(subscription.endsAt!, closedShopGraceMonths),
  );
  return true;
}

/** Fixed terms ending within `days` days whose reminder has not been sent (the 1-day one first). */
function dueReminders(now: Date, days: 1 | 7): Finder {
  const horizon = new Date(now.getTime() + days * DAY_MS);
  const floor = days === 7 ? new Date(now.getTime() + DAY_MS) : now;
  return (after) =>
    getDb().subscription.findMany({
      where: {
        status: "ACTIVE",
        plan: { billing: "FIXED_TERM" },
        endsAt: { gt: floor, lte: horizon },
        ...(days === 7 ? { reminder7SentAt: null } : { reminder1SentAt: null }),
        ...page(after),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
}

function dueExpiries(now: Date): Finder {
  return (after) =>
    getDb().subscription.findMany({
      where: { status: "ACTIVE", plan: { billing: "FIXED_TERM" }, endsAt: { lte: now }, ...page(after) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
}

/**
 * A fixed term's end: EXPIRED; then the term paid in advance starts, or the monthly plan chosen
 * for afterwards (its first month prorated from the end), or else the shop LAPSES (hidden, data kept).
 */
async function expireTerm(tx: Prisma.TransactionClient, subscriptionId: string, now: Date): Promise<boolean> {
  const subscription = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: {
      shopId: true,
      endsAt: true,
      nextPlan: { select: { id: true, code: true, billing: true, monthlyFeeAmount: true, currency: true } },
    },
  });
  const { count } = await tx.subscription.updateMany({
    where: { id: subscriptionId, status: "ACTIVE" },
    data: { status: "EXPIRED" },
  });
  if (count !== 1) return false;
  const endsAt = subscription.endsAt!;
  const prepaid = await prepaidTermOf(tx, subscription.shopId);
  if (prepaid) {
    await applyPaidRent(tx, { ...prepaid, shopId: subscription.shopId }, now, null);
  } else if (subscription.nextPlan?.billing === "MONTHLY") {
    await startMonthlySubscription(tx, subscription.shopId, subscription.nextPlan, endsAt);
  } else {
    await lapseShop(tx, subscription.shopId, "term-expired", null);
  }
  return true;
}

function dueClosures(now: Date): Finder {
  return (after) =>
    getDb().shop.findMany({
      where: { status: "LAPSED", dashboardClosesAt: { lte: now }, ...page(after) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
}
