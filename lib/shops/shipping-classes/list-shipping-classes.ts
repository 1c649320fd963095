import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "../get-owned-shop";
import { readShippingFees, type ShippingFees } from "./schema";

export type ShippingClassSummary = { id: string; name: string; fees: ShippingFees; productCount: number };

/** The shop's shipping classes for its vendor, by name, with how many products use each. */
export async function listShippingClasses(actor: Actor | null, shopId: string): Promise<ShippingClassSummary[]> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const rows = await db.shippingClass.findMany({
    where: { shopId: shop.id, shop: { ownerId: actor!.id } },
    select: { id: true, name: true, fees: true, _count: { select: { products: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, fees, ...row }) => ({
    ...row,
    fees: readShippingFees(fees),
    productCount: _count.products,
  }));
}
