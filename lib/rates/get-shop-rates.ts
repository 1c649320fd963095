import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { FeePlan } from "@/lib/fees/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPlanForDisplay, type OfferedPlan } from "@/lib/plans/offered-plans";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { loadFeeSettings } from "./load-fee-settings";
import {
  buildWorkedExamples,
  exampleAmountsFor,
  planCostOf,
  type CategoryRuleExample,
  type PlanCost,
  type WorkedExample,
} from "./worked-examples";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type ShopRates = {
  shop: { id: string; name: string };
  /** the plan in force (possibly archived: the shop keeps it until it changes); null without one */
  plan: OfferedPlan | null;
  /** what <PlanRates> needs from the marketplace's settings */
  fees: { paymentFeeBps: number; paymentFeeFixedAmount: number; paymentFeePassedOn: boolean; feesVatBps: number };
  /** the currency of sales (the marketplace's) */
  currency: string;
  ambassadorsEnabled: boolean;
  ambassadorShareBps: number;
  /** paid sales so far, against the plan's commission-free first sales */
  paidSalesCount: number;
  examples: WorkedExample[];
  /** a month of a monthly plan, or a fixed term, with the VAT on fees; null for a free plan */
  planCost: PlanCost | null;
};

export function feePlanOf(plan: OfferedPlan): FeePlan {
  return {
    defaultCommissionBps: plan.defaultCommissionBps,
    commissionFreeSales: plan.commissionFreeSales,
    commissionOnShipping: plan.commissionOnShipping,
    paymentFeePassThrough: plan.paymentFeePassThrough,
    rules: plan.rules.map((rule) => ({
      productKind: rule.productKind,
      categoryId: rule.categoryId,
      rateBps: rule.rateBps,
    })),
  };
}

/** Each category and its ancestors, nearest first, as the engine walks them at checkout. */
async function categoryPaths(db: Db, categoryIds: string[]): Promise<Map<string, string[]>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; parentId: string | null }[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId" FROM "Category" WHERE id = ANY(${categoryIds})
      UNION SELECT c.id, c."parentId" FROM "Category" c JOIN up ON c.id = up."parentId"
    ) SELECT id, "parentId" FROM up`;
  const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
  return new Map(
    categoryIds.map((categoryId) => {
      const path: string[] = [];
      for (let id: string | null = categoryId; id && !path.includes(id); id = parentOf.get(id) ?? null) path.push(id);
      return [categoryId, path];
    }),
  );
}

/**
 * The Rates page of a shop (docs/business-models.md, fees): its plan, the marketplace's fee settings, and
 * worked examples computed by the fee engine with that plan, so the page shows what orders will
 * carry. The shop's owner only (another vendor's shop is NOT_FOUND).
 */
export async function getShopRates(actor: Actor | null, shopId: string): Promise<ShopRates> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, {
    id: true,
    name: true,
    planId: true,
    paidSalesCount: true,
  });
  const [settings, plan] = await Promise.all([
    loadFeeSettings(db),
    shop.planId ? getPlanForDisplay(db, shop.planId) : Promise.resolve(null),
  ]);
  const fees = {
    paymentFeeBps: settings.paymentFeeBps,
    paymentFeeFixedAmount: settings.paymentFeeFixedAmount,
    paymentFeePassedOn: settings.paymentFeePassedOn,
    feesVatBps: settings.feesVatBps,
  };
  const base = {
    shop: { id: shop.id, name: shop.name },
    fees,
    currency: settings.currency,
    ambassadorsEnabled: settings.ambassadorsEnabled,
    ambassadorShareBps: settings.ambassadorShareBps,
    paidSalesCount: shop.paidSalesCount,
  };
  if (!plan) return { ...base, plan: null, examples: [], planCost: null };

  const categoryRules = plan.rules.filter((rule) => rule.categoryId !== null);
  const paths = await categoryPaths(db, [...new Set(categoryRules.map((rule) => rule.categoryId!))]);
  const examples = buildWorkedExamples({
    plan: feePlanOf(plan),
    settings,
    ambassadorsEnabled: settings.ambassadorsEnabled,
    amounts: exampleAmountsFor(settings.currency),
    categoryRules: categoryRules.map((rule): CategoryRuleExample => ({
      ruleId: rule.id,
      productKind: rule.productKind,
      categoryPath: paths.get(rule.categoryId!) ?? [rule.categoryId!],
    })),
  });
  return { ...base, plan, examples, planCost: planCostOf(plan, settings.feesVatBps) };
}
