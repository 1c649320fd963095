import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { termPriceOf } from "./plan-price";

export const PLANS_PAGE_SIZE = 25;

export type PlanStatusFilter = "active" | "archived" | "all";

export type OperatorPlanRow = {
  id: string;
  code: string;
  name: string;
  billing: "MONTHLY" | "FIXED_TERM";
  currency: string;
  monthlyFeeAmount: number;
  termMonths: number;
  discountBps: number;
  /** FIXED_TERM: the term's price; MONTHLY: the monthly fee */
  termPriceAmount: number;
  defaultCommissionBps: number;
  rulesCount: number;
  premium: boolean;
  active: boolean;
  /** the marketplace's default plan: new shops join it */
  isDefault: boolean;
  /** shops whose current plan this is */
  shopsCount: number;
};

/** The operator's list of plans, offered ones first by position then name, a page at a time. */
export async function listPlansForOperator(
  actor: Actor | null,
  options: { status?: PlanStatusFilter; page?: number } = {},
): Promise<{ plans: OperatorPlanRow[]; total: number; page: number; pageCount: number }> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const status = options.status ?? "all";
  const where: Prisma.PlanWhereInput = status === "all" ? {} : { active: status === "active" };
  const [total, settings] = await Promise.all([
    db.plan.count({ where }),
    db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { defaultPlanId: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PLANS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.plan.findMany({
    where,
    orderBy: [{ active: "desc" }, { position: "asc" }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PLANS_PAGE_SIZE,
    take: PLANS_PAGE_SIZE,
    select: {
      id: true,
      code: true,
      name: true,
      billing: true,
      currency: true,
      monthlyFeeAmount: true,
      termMonths: true,
      discountBps: true,
      defaultCommissionBps: true,
      premium: true,
      active: true,
      _count: { select: { shops: true, commissionRules: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    plans: rows.map(({ _count, ...plan }) => ({
      ...plan,
      termPriceAmount: termPriceOf(plan),
      rulesCount: _count.commissionRules,
      shopsCount: _count.shops,
      isDefault: settings?.defaultPlanId === plan.id,
    })),
  };
}
