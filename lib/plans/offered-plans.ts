import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { termPriceOf } from "./plan-price";
import { PLAN_AUDIT_SELECT, type Db } from "./plan-record";

export type PlanRuleKind = "PHYSICAL" | "SERVICE" | "DIGITAL";

export type OfferedPlanRule = {
  id: string;
  productKind: PlanRuleKind | null;
  categoryId: string | null;
  /** the rule's category names by locale ({ fr, en }), null for a rule by kind only */
  categoryNames: Record<string, string> | null;
  rateBps: number;
};

/** A plan as vendors, onboarding and the operator's pages see it (docs/business-models.md, subscriptions and billing). */
export type OfferedPlan = {
  id: string;
  code: string;
  name: string;
  description: string;
  billing: "MONTHLY" | "FIXED_TERM";
  currency: string;
  monthlyFeeAmount: number;
  defaultCommissionBps: number;
  commissionFreeSales: number;
  commissionOnShipping: boolean;
  paymentFeePassThrough: boolean;
  termMonths: number;
  discountBps: number;
  premium: boolean;
  active: boolean;
  position: number;
  presetKey: string | null;
  /** the plan's payout schedule, null: the marketplace's (docs/payouts.md, schedules) */
  payoutSchedule: PayoutSchedule | null;
  /** FIXED_TERM: monthly fee × termMonths less discountBps (termPriceOf); MONTHLY: the monthly fee */
  termPriceAmount: number;
  /** category rules first, then kind rules */
  rules: OfferedPlanRule[];
};

export const OFFERED_PLAN_SELECT = {
  id: true,
  ...PLAN_AUDIT_SELECT,
  presetKey: true,
  commissionRules: {
    select: { id: true, productKind: true, categoryId: true, rateBps: true, category: { select: { names: true } } },
    orderBy: [{ categoryId: { sort: "asc", nulls: "last" } }, { productKind: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.PlanSelect;

type PlanRow = Prisma.PlanGetPayload<{ select: typeof OFFERED_PLAN_SELECT }>;

// Category.names is a JSON column: keep only its string entries.
function namesOf(names: unknown): Record<string, string> | null {
  if (names === null || typeof names !== "object" || Array.isArray(names)) return null;
  const entries = Object.entries(names as Record<string, unknown>).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return Object.fromEntries(entries);
}

export function toOfferedPlan(row: PlanRow): OfferedPlan {
  const { commissionRules, ...plan } = row;
  return {
    ...plan,
    termPriceAmount: termPriceOf(plan),
    rules: commissionRules.map((rule) => ({
      id: rule.id,
      productKind: rule.productKind,
      categoryId: rule.categoryId,
      categoryNames: rule.category ? namesOf(rule.category.names) : null,
      rateBps: rule.rateBps,
    })),
  };
}

/** The plans a vendor may choose: active ones, by position then name. Public terms, no actor needed. */
export async function listOfferedPlans(db: Db = getDb()): Promise<OfferedPlan[]> {
  const rows = await db.plan.findMany({
    where: { active: true },
    select: OFFERED_PLAN_SELECT,
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return rows.map(toOfferedPlan);
}

/**
 * One plan for display, archived or not (a shop keeps an archived plan until it changes, and must
 * still read its terms); null when there is no such plan.
 */
export async function getPlanForDisplay(db: Db = getDb(), planId: string): Promise<OfferedPlan | null> {
  const row = await db.plan.findUnique({ where: { id: planId }, select: OFFERED_PLAN_SELECT });
  return row ? toOfferedPlan(row) : null;
}
