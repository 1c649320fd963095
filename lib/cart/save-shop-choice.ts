import "server-only";
import { getDb } from "@/lib/db";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";

/**
 * Writes part of a cart's choice for one shop (delivery method or note), creating the row on first
 * use. INSERT … ON CONFLICT DO NOTHING then UPDATE: a double submit never fails on the unique index.
 */
export async function saveShopChoice(
  cartId: string,
  shopId: string,
  data: { deliveryMethod: DeliveryMethod } | { note: string | null },
): Promise<void> {
  const db = getDb();
  const { count } = await db.cartShopChoice.createMany({ data: [{ cartId, shopId, ...data }], skipDuplicates: true });
  if (count === 0) await db.cartShopChoice.update({ where: { cartId_shopId: { cartId, shopId } }, data });
}
