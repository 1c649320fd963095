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
 * The plan a new shop joins: the marketplace's default plan, else the oldest active plan; null
 * when the marketplace has none (plans become configurable later). Public terms, no actor needed.
 */
export async function getDefaultPlan(db: Db = getDb()): Promise<DefaultPlan | null> {
  const settings = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { defaultPlanId: true } });
  if (settings?.defaultPlanId) {
    const plan = await db.plan.findFirst({ where: { id: settings.defaultPlanId, active: true }, select: SELECT });
    if (plan) return plan;
  }
  return db.plan.findFirst({ where: { active: true }, select: SELECT, orderBy: { createdAt: "asc" } });
}
