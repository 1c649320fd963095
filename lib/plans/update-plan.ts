import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { parseIdOrThrow } from "@/lib/parse-id";
import { planFieldsSchema, type PlanFieldsInput } from "./plan-schema";
import { lockPlan, PLAN_AUDIT_SELECT, rethrowCodeTaken } from "./plan-record";

/**
 * Changes a plan's terms (docs/business-models.md, subscriptions and billing). Operators only. The plan keeps its
 * currency and its shops; a plan with commission rules cannot become a fixed term (rent carries no
 * commission) until its rules are removed. Shops on the plan get the new terms for their next
 * sales: orders already placed keep their snapshots.
 */
export async function updatePlan(
  actor: Actor | null,
  planIdInput: string,
  input: PlanFieldsInput,
  locale: string,
): Promise<void> {
  assertRole(actor, "OPERATOR");
  const planId = parseIdOrThrow(planIdInput);
  const db = getDb();
  const current = await db.plan.findUnique({ where: { id: planId }, select: { currency: true } });
  if (!current) throw new AppError("NOT_FOUND");
  const fields = parseInput(planFieldsSchema(locale, current.currency), input);
  try {
    await db.$transaction(async (tx) => {
      const { id, ...before } = await lockPlan(tx, planId);
      if (fields.billing === "FIXED_TERM") {
        const rules = await tx.commissionRule.count({ where: { planId: id } });
        if (rules > 0)
          throw new AppError("VALIDATION", "fixed term with rules", { billing: "plans.errors.fixedTermHasRules" });
      }
      const after = await tx.plan.update({ where: { id }, data: fields, select: PLAN_AUDIT_SELECT });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "plan.updated",
        entityType: "Plan",
        entityId: id,
        data: { before, after },
      });
    });
  } catch (error) {
    rethrowCodeTaken(error);
  }
}
