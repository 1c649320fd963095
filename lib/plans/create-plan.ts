import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { planFieldsSchema, type PlanFieldsInput } from "./plan-schema";
import { PLAN_AUDIT_SELECT, rethrowCodeTaken } from "./plan-record";

/**
 * Creates a plan in the marketplace's currency (docs/business-models.md, subscriptions and billing). Operators only;
 * the plan is offered at once (active). Returns its id.
 */
export async function createPlan(actor: Actor | null, input: PlanFieldsInput, locale: string): Promise<{ id: string }> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const settings = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true } });
  const currency = settings?.currency ?? "EUR";
  const fields = parseInput(planFieldsSchema(locale, currency), input);
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.create({
        data: { ...fields, currency },
        select: { id: true, ...PLAN_AUDIT_SELECT },
      });
      const { id, ...after } = plan;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "plan.created",
        entityType: "Plan",
        entityId: id,
        data: { before: null, after },
      });
      return { id };
    });
  } catch (error) {
    rethrowCodeTaken(error);
  }
}
