import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { pickupAddressLine } from "@/lib/orders/format-address";
import { getOwnedShopOrThrow } from "./get-owned-shop";

export type ShopPickup = {
  /** "12 rue des Halles, 69001 Lyon"; null when the shop has no address */
  address: string | null;
  instructions: string | null;
};

/**
 * Where a vendor's own shop hands over click & collect orders, for its order pages: a click &
 * collect part shows this, never a delivery address (docs/product.md, "Click & collect vs
 * delivery"). Another vendor's shop is NOT_FOUND.
 */
export async function getShopPickup(actor: Actor | null, shopId: string): Promise<ShopPickup> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    addressLine: true,
    postalCode: true,
    city: true,
    pickupInstructions: true,
  });
  return { address: pickupAddressLine(shop), instructions: shop.pickupInstructions };
}
