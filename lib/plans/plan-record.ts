import "server-only";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** The plan's terms as audited (before/after): every field an operator may change. */
export const PLAN_AUDIT_SELECT = {
  code: true,
  name: true,
  description: true,
  billing: true,
  currency: true,
  monthlyFeeAmount: true,
  defaultCommissionBps: true,
  commissionFreeSales: true,
  commissionOnShipping: true,
  paymentFeePassThrough: true,
  termMonths: true,
  discountBps: true,
  premium: true,
  position: true,
  active: true,
  payoutSchedule: true,
} as const satisfies Prisma.PlanSelect;

export type PlanAuditRow = Prisma.PlanGetPayload<{ select: typeof PLAN_AUDIT_SELECT }>;

/**
 * Locks the plan's row for the rest of the transaction (rule edits, billing changes and archiving
 * of one plan run one at a time) and returns its terms; NOT_FOUND when there is no such plan.
 */
export async function lockPlan(tx: Prisma.TransactionClient, planId: string): Promise<PlanAuditRow & { id: string }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Plan" WHERE id = ${planId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { id: true, ...PLAN_AUDIT_SELECT } });
  return plan;
}

/** A plan's code is unique: a collision is a VALIDATION error on the code field. */
export function rethrowCodeTaken(error: unknown): never {
  if (isUniqueViolation(error, "code"))
    throw new AppError("VALIDATION", "plan code taken", { code: "plans.errors.codeTaken" });
  throw error;
}
