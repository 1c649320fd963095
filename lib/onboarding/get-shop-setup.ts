import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { COMPLETION_SELECT, completedSteps } from "./step-completion";
import type { OnboardingStep } from "./steps";

export type ShopSetupOverview = {
  id: string;
  slug: string;
  name: string;
  status: ShopStatus;
  statusReason: string | null;
  changesRequestedMessage: string | null;
  reviewPending: boolean;
  onboardingStep: number;
  completed: Record<OnboardingStep, boolean>;
};

/** The frame of the setup pages: the vendor's own shop (NOT_FOUND otherwise) and its progress. */
export async function getShopSetupOverview(actor: Actor | null, shopId: string): Promise<ShopSetupOverview> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    ...COMPLETION_SELECT,
    id: true,
    slug: true,
    status: true,
    statusReason: true,
    changesRequestedMessage: true,
    reviewPending: true,
    onboardingStep: true,
  });
  return {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    status: shop.status,
    statusReason: shop.statusReason,
    changesRequestedMessage: shop.changesRequestedMessage,
    reviewPending: shop.reviewPending,
    onboardingStep: shop.onboardingStep,
    completed: completedSteps(shop),
  };
}
