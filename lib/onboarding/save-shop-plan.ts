import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/parse-id";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { stepNumber } from "./steps";

/** Until approval the plan is chosen here; afterwards a change is billed, so it goes through /dashboard/plan. */
export const PLAN_CHOOSABLE_IN_ONBOARDING: readonly ShopStatus[] = ["DRAFT", "PENDING", "REJECTED"];

const planChoiceSchema = z.object({
  planId: idSchema({ invalid: "onboarding.errors.planUnavailable", required: "onboarding.errors.planRequired" }),
});

/**
 * Step 6: the vendor picks one of the plans the marketplace offers (docs/business-models.md, plans and
 * billing). The choice is checked on the server: an unknown or archived plan is VALIDATION on
 * `planId`, nothing written. Once the shop is approved, the plan changes from /dashboard/plan
 * (proration, billing), so here it is CONFLICT. Nothing is charged now: the subscription starts
 * at approval.
 */
export async function saveShopPlan(actor: Actor | null, shopId: string, planId: unknown): Promise<{ planId: string }> {
  assertRole(actor, "VENDOR");
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    id: true,
    status: true,
    planId: true,
    onboardingStep: true,
  });
  const choice = parseInput(planChoiceSchema, { planId: planId ?? "" });
  if (!PLAN_CHOOSABLE_IN_ONBOARDING.includes(shop.status)) {
    throw new AppError("CONFLICT", "plan changes after approval go through billing", {
      form: "onboarding.errors.planChangeInDashboard",
    });
  }
  return getDb().$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: choice.planId, active: true }, select: { id: true } });
    if (!plan) {
      throw new AppError("VALIDATION", "plan not offered", { planId: "onboarding.errors.planUnavailable" });
    }
    // The status is in the where: an approval landing in between leaves the plan to billing.
    const updated = await tx.shop.updateMany({
      where: { id: shop.id, ownerId: actor.id, status: { in: [...PLAN_CHOOSABLE_IN_ONBOARDING] } },
      data: { planId: plan.id, onboardingStep: Math.max(shop.onboardingStep, stepNumber("review")) },
    });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", "shop changed meanwhile", { form: "onboarding.errors.planChangeInDashboard" });
    }
    if (shop.planId !== plan.id) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "shop.plan-chosen",
        entityType: "Shop",
        entityId: shop.id,
        data: { from: shop.planId, to: plan.id },
      });
    }
    return { planId: plan.id };
  });
}
