import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { getDefaultPlan, type DefaultPlan } from "./get-default-plan";

export type ShopPlanStep = { plan: DefaultPlan | null; accepted: boolean };

/** The plan step: the marketplace's default plan, and whether the vendor's shop has joined it. */
export async function getShopPlan(actor: Actor | null, shopId: string): Promise<ShopPlanStep> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, { planId: true });
  const plan = await getDefaultPlan();
  return { plan, accepted: shop.planId !== null && shop.planId === plan?.id };
}
