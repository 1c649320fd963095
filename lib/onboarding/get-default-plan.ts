import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type DefaultPlan = {
  id: string;
  name: string;
  description: string;
  currency: string;
  monthlyFeeAmount: number;
  defaultCommissionBps: number;
  commissionFreeSales: number;
  termMonths: number;
};

const SELECT = {
  id: true,
  name: true,
  description: true,
  currency: true,
  monthlyFeeAmount: true,
  defaultCommissionBps: true,
  commissionFreeSales: true,
  termMonths: true,
} as const;

/**
 * The plan pre-selected for a new shop: the marketplace's default plan, else the oldest active plan; null
 * when the marketplace has none. Public terms, no actor needed.
 */
export async function getDefaultPlan(db: Db = getDb()): Promise<DefaultPlan | null> {
  const settings = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { defaultPlanId: true } });
  if (settings?.defaultPlanId) {
    const plan = await db.plan.findFirst({ where: { id: settings.defaultPlanId, active: true }, select: SELECT });
    if (plan) return plan;
  }
  return db.plan.findFirst({ where: { active: true }, select: SELECT, orderBy: { createdAt: "asc" } });
}

/** The marketplace's default plan as the operator set it (MarketplaceSettings.defaultPlanId), or null. */
export async function getDefaultPlanId(db: Db = getDb()): Promise<string | null> {
  const settings = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { defaultPlanId: true } });
  return settings?.defaultPlanId ?? null;
}
