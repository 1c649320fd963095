import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { getPlanForDisplay, listOfferedPlans, type OfferedPlan } from "@/lib/plans/offered-plans";
import { loadFeeSettings } from "@/lib/rates/load-fee-settings";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { getDefaultPlanId } from "./get-default-plan";
import { PLAN_CHOOSABLE_IN_ONBOARDING } from "./save-shop-plan";

export type ShopPlanStep = {
  /** the plans offered (active), in the operator's order */
  plans: OfferedPlan[];
  /** the plan pre-selected: the shop's own when still offered, else the marketplace's default */
  selectedPlanId: string | null;
  /** the marketplace's default plan, when it is offered */
  defaultPlanId: string | null;
  /** the shop's plan, offered or archived; null before one is chosen */
  currentPlan: OfferedPlan | null;
  /** false once the shop is approved: the plan then changes from /dashboard/plan */
  choosable: boolean;
  status: ShopStatus;
  fees: { paymentFeeBps: number; paymentFeePassedOn: boolean; paymentFeeFixedAmount: number; feesVatBps: number };
};

/** The plan step: the plans a shop may choose, with what <PlanRates> needs to explain them. */
export async function getShopPlan(actor: Actor | null, shopId: string): Promise<ShopPlanStep> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { planId: true, status: true });
  const [plans, defaultId, settings, current] = await Promise.all([
    listOfferedPlans(db),
    getDefaultPlanId(db),
    loadFeeSettings(db),
    shop.planId ? getPlanForDisplay(db, shop.planId) : Promise.resolve(null),
  ]);
  const offered = (id: string | null | undefined) => (id && plans.some((plan) => plan.id === id) ? id : null);
  const defaultPlanId = offered(defaultId);
  return {
    plans,
    selectedPlanId: offered(shop.planId) ?? defaultPlanId ?? plans[0]?.id ?? null,
    defaultPlanId,
    currentPlan: current,
    choosable: PLAN_CHOOSABLE_IN_ONBOARDING.includes(shop.status),
    status: shop.status,
    fees: {
      paymentFeeBps: settings.paymentFeeBps,
      paymentFeeFixedAmount: settings.paymentFeeFixedAmount,
      paymentFeePassedOn: settings.paymentFeePassedOn,
      feesVatBps: settings.feesVatBps,
    },
  };
}
