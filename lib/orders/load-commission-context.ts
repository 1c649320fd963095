import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommissionPlan, PaymentFeePolicy } from "@/lib/checkout/rules/commission";

// What placeOrder needs to compute commissions, read in its transaction: each shop's plan (or the
// marketplace's default plan), the category tree above the products, how many sales each shop
// has had (commission-free first sales), and the payment fee settings.

export type ShopCommissionPlan = (CommissionPlan & { paymentFeePassThrough: boolean }) | null;

export type CommissionContext = {
  feePolicy: PaymentFeePolicy;
  planOf: (shopId: string) => ShopCommissionPlan;
  /** the category and its ancestors, nearest first; [] without a category */
  categoryPath: (categoryId: string | null) => string[];
  paidSalesBefore: (shopId: string) => number;
};

const PLAN_SELECT = {
  defaultCommissionBps: true,
  commissionFreeSales: true,
  paymentFeePassThrough: true,
  commissionRules: { select: { productKind: true, categoryId: true, rateBps: true } },
} as const;

type PlanRow = {
  defaultCommissionBps: number;
  commissionFreeSales: number;
  paymentFeePassThrough: boolean;
  commissionRules: CommissionPlan["rules"];
};
const toPlan = (plan: PlanRow | null): ShopCommissionPlan =>
  plan
    ? {
        defaultCommissionBps: plan.defaultCommissionBps,
        commissionFreeSales: plan.commissionFreeSales,
        paymentFeePassThrough: plan.paymentFeePassThrough,
        rules: plan.commissionRules,
      }
    : null;

export async function loadCommissionContext(
  tx: Prisma.TransactionClient,
  shopIds: string[],
  categoryIds: string[],
): Promise<CommissionContext> {
  const [settings, shops, sales, categories] = await Promise.all([
    tx.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: { paymentFeeBps: true, paymentFeeFixedAmount: true, defaultPlan: { select: PLAN_SELECT } },
    }),
    tx.shop.findMany({ where: { id: { in: shopIds } }, select: { id: true, plan: { select: PLAN_SELECT } } }),
    tx.shopOrder.groupBy({
      by: ["shopId"],
      where: { shopId: { in: shopIds }, status: { not: "AWAITING_PAYMENT" } },
      _count: { _all: true },
    }),
    categoryIds.length === 0
      ? Promise.resolve([] as { id: string; parentId: string | null }[])
      : tx.$queryRaw<{ id: string; parentId: string | null }[]>`
          WITH RECURSIVE up AS (
            SELECT id, "parentId" FROM "Category" WHERE id = ANY(${categoryIds})
            UNION SELECT c.id, c."parentId" FROM "Category" c JOIN up ON c.id = up."parentId"
          ) SELECT id, "parentId" FROM up`,
  ]);

  const defaultPlan = toPlan(settings?.defaultPlan ?? null);
  const plans = new Map(shops.map((shop) => [shop.id, shop.plan ? toPlan(shop.plan) : defaultPlan]));
  const salesOf = new Map(sales.map((row) => [row.shopId, row._count._all]));
  const parentOf = new Map(categories.map((row) => [row.id, row.parentId]));

  return {
    feePolicy: {
      paymentFeeBps: settings?.paymentFeeBps ?? 150,
      paymentFeeFixedAmount: settings?.paymentFeeFixedAmount ?? 25,
    },
    planOf: (shopId) => plans.get(shopId) ?? defaultPlan,
    categoryPath: (categoryId) => {
      const path: string[] = [];
      for (let id = categoryId; id && !path.includes(id); id = parentOf.get(id) ?? null) path.push(id);
      return path;
    },
    paidSalesBefore: (shopId) => salesOf.get(shopId) ?? 0,
  };
}
