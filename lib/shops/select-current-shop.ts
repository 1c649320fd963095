import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "./get-owned-shop";

/**
 * The shop switcher: checks that the shop is the actor's own (NOT_FOUND otherwise) before the
 * action remembers it in the CURRENT_SHOP_COOKIE. Returns the id to store. A CLOSED shop may be
 * selected: its dashboard then says it is closed (every other vendor function refuses it).
 */
export async function selectCurrentShop(actor: Actor | null, shopId: string): Promise<{ id: string }> {
  return getOwnedShopOrThrow(getDb(), actor, shopId, { id: true }, { includeClosed: true });
}
