import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const BILLING_PLAN_SELECT = {
  id: true,
  code: true,
  name: true,
  active: true,
  billing: true,
  monthlyFeeAmount: true,
  termMonths: true,
  discountBps: true,
  currency: true,
} as const;

/** A plan a vendor may choose: it exists and is offered (not archived); else VALIDATION on `planId`. */
export async function loadOfferedPlan(tx: Prisma.TransactionClient, planId: string) {
  const plan = await tx.plan.findUnique({ where: { id: planId }, select: BILLING_PLAN_SELECT });
  if (!plan || !plan.active)
    throw new AppError("VALIDATION", `plan ${planId} is not offered`, { planId: "billing.errors.planUnavailable" });
  return plan;
}
