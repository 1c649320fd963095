import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { getDefaultPlan } from "./get-default-plan";
import { stepNumber } from "./steps";

/**
 * Step 6: the shop accepts the marketplace's default plan (the only one offered for now). The plan
 * is chosen on the server: a client cannot pick another one. CONFLICT when no plan exists.
 */
export async function saveShopPlan(actor: Actor | null, shopId: string): Promise<{ planId: string }> {
  assertRole(actor, "VENDOR");
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, { id: true, onboardingStep: true });
  return getDb().$transaction(async (tx) => {
    const plan = await getDefaultPlan(tx);
    if (!plan) throw new AppError("CONFLICT", "no plan", { form: "onboarding.errors.noPlan" });
    const updated = await tx.shop.updateMany({
      where: { id: shop.id, ownerId: actor.id },
      data: { planId: plan.id, onboardingStep: Math.max(shop.onboardingStep, stepNumber("review")) },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    return { planId: plan.id };
  });
}
