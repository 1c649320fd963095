import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";

/**
 * The shop switcher: checks that the shop is the actor's own (NOT_FOUND otherwise) before the
 * action remembers it in the CURRENT_SHOP_COOKIE. Returns the id to store. A CLOSED shop may be
 * selected: its dashboard then says it is closed (every other vendor function refuses it).
 */
export async function selectCurrentShop(actor: Actor | null, shopId: string): Promise<{ id: string }> {
  assertRole(actor, "VENDOR");
  const shop = await getDb().shop.findFirst({
    where: { id: parseIdOrThrow(shopId), ownerId: actor.id },
    select: { id: true },
  });
  if (!shop) throw new AppError("NOT_FOUND");
  return shop;
}
