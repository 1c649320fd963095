import "server-only";
import { getDb } from "@/lib/db";
import { PRODUCT_CARD_SELECT, toProductCard, VISIBLE_PRODUCT_WHERE, type ProductCard } from "./product-card";

/** The products a shopper sees on a shop's page (the shop must be approved). */
export async function listShopProducts(
  shopSlug: string,
  { take = 48 }: { take?: number } = {},
): Promise<ProductCard[]> {
  const rows = await getDb().product.findMany({
    where: { ...VISIBLE_PRODUCT_WHERE, shop: { slug: shopSlug, status: "APPROVED" } },
    select: PRODUCT_CARD_SELECT,
    orderBy: [{ title: "asc" }],
    take,
  });
  return rows.map(toProductCard);
}
