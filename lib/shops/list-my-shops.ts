import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";

export type MyShopSummary = { id: string; slug: string; name: string; trade: string; city: string | null; status: ShopStatus };

/** The vendor's own shops, and only theirs: the tenant is the actor. */
export async function listMyShops(actor: Actor | null, { take = 50 }: { take?: number } = {}): Promise<MyShopSummary[]> {
  assertRole(actor, "VENDOR");
  return getDb().shop.findMany({
    where: { ownerId: actor.id },
    select: { id: true, slug: true, name: true, trade: true, city: true, status: true },
    orderBy: { createdAt: "asc" },
    take,
  });
}
