import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { SHOP_ORDER_SELECT, toShopOrderView, type ShopOrderView } from "./shop-order-view";

/**
 * One paid part of an order, for the vendor owning its shop (whichever of their shops it is).
 * Another shop's vendor, a shopper's id guess, an unpaid part: NOT_FOUND.
 */
export async function getShopOrder(
  actor: Actor | null,
  shopOrderId: string,
): Promise<ShopOrderView & { shopId: string; shopName: string }> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopOrderId);
  const row = await getDb().shopOrder.findFirst({
    where: { id, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
    select: { ...SHOP_ORDER_SELECT, shop: { select: { id: true, name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { shop, ...part } = row;
  return { ...toShopOrderView(part), shopId: shop.id, shopName: shop.name };
}
