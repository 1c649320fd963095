import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { getPlanForDisplay, listOfferedPlans, type OfferedPlan } from "@/lib/plans/offered-plans";
import { rentTermStartFor } from "./apply-paid-rent";
import { activeSubscriptionOf, balanceOf, prepaidTermOf } from "./billing-shop";
import { previewPlanChange, type PlanChangePreview } from "./plan-change-preview";
import { CHARGES_PAGE_SIZE } from "./schemas";

export type ShopBilling = Awaited<ReturnType<typeof getShopBilling>>;
export type BillingChargeRow = ShopBilling["charges"]["items"][number];

/**
 * Everything /dashboard/plan shows (docs/business-models.md, subscriptions and billing): the plan in force and its
 * subscription (a downgrade or a cancellation pending, a term's end, a renewal paid in advance),
 * the plans offered with what choosing each would do now, the charges (newest first, paginated)
 * and the balance. The shop's owner, or an operator; anyone else NOT_FOUND.
 */
export async function getShopBilling(
  actor: Actor | null,
  shopId: string,
  options: { page?: number } = {},
  now: Date = new Date(),
) {
  assertRole(actor, "VENDOR", "OPERATOR");
  const id = parseIdOrThrow(shopId);
  const db = getDb();
  const shop = await db.shop.findFirst({
    where: { id, ...(actor.role === "OPERATOR" ? {} : { ownerId: actor.id }) },
    select: { id: true, name: true, status: true, planId: true, dashboardClosesAt: true },
  });
  if (!shop) throw new AppError("NOT_FOUND");
  const [subscription, prepaid, balance, settings, offeredPlans, chargeCount, rentStartsAt] = await Promise.all([
    activeSubscriptionOf(db, shop.id),
    prepaidTermOf(db, shop.id),
    balanceOf(db, shop.id),
    db.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: {
        currency: true,
        closedShopGraceMonths: true,
        feesVatBps: true,
        paymentFeeBps: true,
        paymentFeeFixedAmount: true,
        paymentFeePassedOn: true,
      },
    }),
    listOfferedPlans(db),
    db.billingCharge.count({ where: { shopId: shop.id } }),
    rentTermStartFor(db, shop.id, now),
  ]);
  const pageCount = Math.max(1, Math.ceil(chargeCount / CHARGES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const charges = await db.billingCharge.findMany({
    where: { shopId: shop.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * CHARGES_PAGE_SIZE,
    take: CHARGES_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      periodKey: true,
      periodStart: true,
      periodEnd: true,
      amountExclVat: true,
      vatAmount: true,
      totalAmount: true,
      currency: true,
      status: true,
      paidWith: true,
      createdAt: true,
      plan: { select: { name: true } },
    },
  });
  const plan = shop.planId ? await getPlanForDisplay(db, shop.planId) : null;
  const nextPlan = subscription?.nextPlanId ? await getPlanForDisplay(db, subscription.nextPlanId) : null;
  const prepaidPlan = prepaid ? await getPlanForDisplay(db, prepaid.planId) : null;
  const previewState = {
    shopStatus: shop.status,
    current: subscription
      ? {
          plan: { ...subscription.plan, termMonths: plan?.termMonths ?? 1, discountBps: plan?.discountBps ?? 0 },
          endsAt: subscription.endsAt,
          cancelled: subscription.cancelledAt !== null,
          nextPlanId: subscription.nextPlanId,
        }
      : null,
    rentStartsAt,
    prepaid: prepaid !== null,
  };
  const offered: { plan: OfferedPlan; preview: PlanChangePreview }[] = offeredPlans.map((offer) => ({
    plan: offer,
    preview: previewPlanChange(previewState, offer, now),
  }));
  return {
    shop: { id: shop.id, name: shop.name, status: shop.status, dashboardClosesAt: shop.dashboardClosesAt },
    plan,
    subscription: subscription
      ? {
          id: subscription.id,
          billing: subscription.plan.billing,
          startedAt: subscription.startedAt,
          endsAt: subscription.endsAt,
          cancelledAt: subscription.cancelledAt,
          nextPlan: nextPlan ? { id: nextPlan.id, name: nextPlan.name } : null,
        }
      : null,
    prepaidTerm:
      prepaid && prepaidPlan
        ? { planName: prepaidPlan.name, startsAt: prepaid.periodStart, endsAt: prepaid.periodEnd }
        : null,
    offered,
    charges: { items: charges, page, pageCount, total: chargeCount },
    balance,
    closedShopGraceMonths: settings?.closedShopGraceMonths ?? 3,
    currency: settings?.currency ?? plan?.currency ?? "EUR",
    fees: {
      feesVatBps: settings?.feesVatBps ?? 0,
      paymentFeeBps: settings?.paymentFeeBps ?? 0,
      paymentFeeFixedAmount: settings?.paymentFeeFixedAmount ?? 0,
      paymentFeePassedOn: settings?.paymentFeePassedOn ?? false,
    },
  };
}
