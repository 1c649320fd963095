import "server-only";
import type { FeePlan, FeeSettings } from "@/lib/fees/types";
import type { Prisma } from "@/lib/generated/prisma/client";

// What placeOrder needs for the fee engine (lib/fees/compute-fees.ts), read in its transaction:
// each shop's plan (or the marketplace's default plan), the category tree above the products, the
// marketplace's fee settings, whether the ambassador programme runs, and the marketplace currency.
// Commission-free first sales are decided later, at payment, under the shop's lock
// (lib/orders/confirm-order-payment.ts).

export type CommissionContext = {
  settings: FeeSettings;
  ambassadorsEnabled: boolean;
  /** the marketplace's currency (MarketplaceSettings.currency): every new order is in it */
  currency: string;
  planOf: (shopId: string) => FeePlan | null;
  /** the category and its ancestors, nearest first; [] without a category */
  categoryPath: (categoryId: string | null) => string[];
};

const PLAN_SELECT = {
  defaultCommissionBps: true,
  commissionFreeSales: true,
  commissionOnShipping: true,
  paymentFeePassThrough: true,
  commissionRules: { select: { productKind: true, categoryId: true, rateBps: true } },
} as const;

type PlanRow = Omit<FeePlan, "rules"> & { commissionRules: FeePlan["rules"] };
const toPlan = (plan: PlanRow | null): FeePlan | null =>
  plan
    ? {
        defaultCommissionBps: plan.defaultCommissionBps,
        commissionFreeSales: plan.commissionFreeSales,
        commissionOnShipping: plan.commissionOnShipping,
        paymentFeePassThrough: plan.paymentFeePassThrough,
        rules: plan.commissionRules,
      }
    : null;

export async function loadCommissionContext(
  tx: Prisma.TransactionClient,
  shopIds: string[],
  categoryIds: string[],
): Promise<CommissionContext> {
  // one connection: one query at a time
  const settings = await tx.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: {
      currency: true,
      paymentFeeBps: true,
      paymentFeeFixedAmount: true,
      paymentFeePassedOn: true,
      feesVatBps: true,
      ambassadorsEnabled: true,
      ambassadorShareBps: true,
      defaultPlan: { select: PLAN_SELECT },
    },
  });
  const shops = await tx.shop.findMany({
    where: { id: { in: shopIds } },
    select: { id: true, plan: { select: PLAN_SELECT } },
  });
  const categories =
    categoryIds.length === 0
      ? ([] as { id: string; parentId: string | null }[])
      : await tx.$queryRaw<{ id: string; parentId: string | null }[]>`
          WITH RECURSIVE up AS (
            SELECT id, "parentId" FROM "Category" WHERE id = ANY(${categoryIds})
            UNION SELECT c.id, c."parentId" FROM "Category" c JOIN up ON c.id = up."parentId"
          ) SELECT id, "parentId" FROM up`;

  const defaultPlan = toPlan(settings?.defaultPlan ?? null);
  const plans = new Map(shops.map((shop) => [shop.id, shop.plan ? toPlan(shop.plan) : defaultPlan]));
  const parentOf = new Map(categories.map((row) => [row.id, row.parentId]));

  return {
    // Without a settings row (a bare database), the schema's defaults.
    settings: {
      paymentFeeBps: settings?.paymentFeeBps ?? 150,
      paymentFeeFixedAmount: settings?.paymentFeeFixedAmount ?? 25,
      paymentFeePassedOn: settings?.paymentFeePassedOn ?? false,
      feesVatBps: settings?.feesVatBps ?? 0,
      ambassadorShareBps: settings?.ambassadorShareBps ?? 700,
    },
    ambassadorsEnabled: settings?.ambassadorsEnabled ?? true,
    currency: settings?.currency ?? "EUR",
    planOf: (shopId) => plans.get(shopId) ?? defaultPlan,
    categoryPath: (categoryId) => {
      const path: string[] = [];
      for (let id = categoryId; id && !path.includes(id); id = parentOf.get(id) ?? null) path.push(id);
      return path;
    },
  };
}
