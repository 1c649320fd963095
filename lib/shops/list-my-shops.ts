import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { COMPLETION_SELECT, missingSteps } from "@/lib/onboarding/step-completion";
import type { OnboardingStep } from "@/lib/onboarding/steps";

export type MyShopSummary = {
  id: string;
  slug: string;
  name: string;
  trade: string;
  city: string | null;
  status: ShopStatus;
  /** the first onboarding step still missing something; null when every step is complete */
  firstIncompleteStep: OnboardingStep | null;
};

/** The vendor's own shops, and only theirs: the tenant is the actor. */
export async function listMyShops(
  actor: Actor | null,
  { take = 50 }: { take?: number } = {},
): Promise<MyShopSummary[]> {
  assertRole(actor, "VENDOR");
  const shops = await getDb().shop.findMany({
    where: { ownerId: actor.id },
    select: { ...COMPLETION_SELECT, id: true, slug: true, status: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
  });
  return shops.map((shop) => ({
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    trade: shop.trade,
    city: shop.city,
    status: shop.status,
    firstIncompleteStep: missingSteps(shop)[0] ?? null,
  }));
}
