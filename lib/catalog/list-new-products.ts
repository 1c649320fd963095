import "server-only";
import { getDb } from "@/lib/db";
import { PRODUCT_CARD_SELECT, toProductCard, VISIBLE_PRODUCT_WHERE, type ProductCard } from "./product-card";

/** The latest products online, across approved shops ("Nouveautés"). */
export async function listNewProducts({ take = 12 }: { take?: number } = {}): Promise<ProductCard[]> {
  const rows = await getDb().product.findMany({
    where: VISIBLE_PRODUCT_WHERE,
    select: PRODUCT_CARD_SELECT,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
  });
  return rows.map(toProductCard);
}
