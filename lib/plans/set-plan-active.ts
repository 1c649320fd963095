import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { lockPlan } from "./plan-record";

/**
 * Archives a plan: it is no longer offered, and shops already on it keep it (Shop.planId does not
 * change) until they choose another (docs/business-models.md, subscriptions and billing). The marketplace's default
 * plan cannot be archived: new shops join it. Archiving an archived plan is a CONFLICT.
 */
export async function archivePlan(actor: Actor | null, planIdInput: string): Promise<void> {
  await setPlanActive(actor, planIdInput, false);
}

/** Offers an archived plan again. */
export async function unarchivePlan(actor: Actor | null, planIdInput: string): Promise<void> {
  await setPlanActive(actor, planIdInput, true);
}

async function setPlanActive(actor: Actor | null, planIdInput: string, active: boolean): Promise<void> {
  assertRole(actor, "OPERATOR");
  const planId = parseIdOrThrow(planIdInput);
  await getDb().$transaction(async (tx) => {
    // The settings row first, then the plan: a concurrent change of the default plan waits for us.
    const settings = await tx.$queryRaw<{ defaultPlanId: string | null }[]>`
      SELECT "defaultPlanId" FROM "MarketplaceSettings" WHERE id = 1 FOR UPDATE`;
    const plan = await lockPlan(tx, planId);
    if (plan.active === active)
      throw new AppError("CONFLICT", "plan already in that state", {
        form: active ? "plans.errors.alreadyActive" : "plans.errors.alreadyArchived",
      });
    if (!active && settings[0]?.defaultPlanId === planId)
      throw new AppError("CONFLICT", "default plan", { form: "plans.errors.defaultNotArchivable" });
    await tx.plan.update({ where: { id: planId }, data: { active } });
    const shopsOnPlan = await tx.shop.count({ where: { planId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "plan.unarchived" : "plan.archived",
      entityType: "Plan",
      entityId: planId,
      data: { before: { active: !active }, after: { active }, shopsOnPlan },
    });
  });
}
