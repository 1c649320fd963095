import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { COMPLETION_SELECT, missingSteps } from "@/lib/onboarding/step-completion";
import type { OnboardingStep } from "@/lib/onboarding/steps";
import { parseId } from "@/lib/parse-id";

/** The cookie remembering which of their shops a vendor is working on. */
export const CURRENT_SHOP_COOKIE = "halle_shop";

export type CurrentShop = {
  id: string;
  slug: string;
  name: string;
  status: ShopStatus;
  statusReason: string | null;
  changesRequestedMessage: string | null;
  reviewPending: boolean;
  /** the first step still missing something, null when every step is complete */
  firstIncompleteStep: OnboardingStep | null;
};

/**
 * The dashboard's current shop: the one named by the cookie if it is one of the actor's shops,
 * else their first shop; null when they have none. A cookie naming someone else's shop is ignored.
 */
export async function getCurrentShop(
  actor: Actor | null,
  preferredShopId: string | null | undefined,
): Promise<CurrentShop | null> {
  assertRole(actor, "VENDOR");
  const select = {
    ...COMPLETION_SELECT,
    id: true,
    slug: true,
    status: true,
    statusReason: true,
    changesRequestedMessage: true,
    reviewPending: true,
  } as const;
  const db = getDb();
  const preferredId = parseId(preferredShopId);
  const preferred = preferredId
    ? await db.shop.findFirst({ where: { id: preferredId, ownerId: actor.id }, select })
    : null;
  const shop =
    preferred ??
    (await db.shop.findFirst({ where: { ownerId: actor.id }, select, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
  if (!shop) return null;
  return {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    status: shop.status,
    statusReason: shop.statusReason,
    changesRequestedMessage: shop.changesRequestedMessage,
    reviewPending: shop.reviewPending,
    firstIncompleteStep: missingSteps(shop)[0] ?? null,
  };
}
