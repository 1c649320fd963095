import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { getPlanForDisplay, type OfferedPlan } from "./offered-plans";

export type OperatorPlan = OfferedPlan & {
  isDefault: boolean;
  /** shops whose current plan this is (they keep it if it is archived) */
  shopsCount: number;
};

/** One plan with what its edit page shows; NOT_FOUND when there is no such plan. Operators only. */
export async function getPlanForOperator(actor: Actor | null, planIdInput: string): Promise<OperatorPlan> {
  assertRole(actor, "OPERATOR");
  const planId = parseIdOrThrow(planIdInput);
  const db = getDb();
  const [plan, shopsCount, settings] = await Promise.all([
    getPlanForDisplay(db, planId),
    db.shop.count({ where: { planId } }),
    db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { defaultPlanId: true } }),
  ]);
  if (!plan) throw new AppError("NOT_FOUND");
  return { ...plan, shopsCount, isDefault: settings?.defaultPlanId === plan.id };
}
