import "server-only";
import { getDb } from "@/lib/db";
import { PRODUCT_CARD_SELECT, toProductCard, VISIBLE_PRODUCT_WHERE, type ProductCard } from "./product-card";

/** Other products a shopper may see in the same (approved) shop, newest first, without this one. */
export async function listMoreFromShop(
  { shopId, excludeProductId }: { shopId: string; excludeProductId: string },
  { take = 8 }: { take?: number } = {},
): Promise<ProductCard[]> {
  const rows = await getDb().product.findMany({
    where: { ...VISIBLE_PRODUCT_WHERE, shopId, id: { not: excludeProductId } },
    select: PRODUCT_CARD_SELECT,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(take, 1), 24),
  });
  return rows.map(toProductCard);
}
