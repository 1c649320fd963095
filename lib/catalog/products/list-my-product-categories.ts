import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { categoryName } from "../category-name";

export type ProductCategoryOption = { id: string; name: string };

/** The categories the shop's products are in (for the list's category filter), by name. */
export async function listMyProductCategories(
  actor: Actor | null,
  shopId: string,
  locale: string,
): Promise<ProductCategoryOption[]> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const rows = await db.category.findMany({
    where: { products: { some: { shopId: shop.id, shop: { ownerId: actor!.id } } } },
    select: { id: true, slug: true, names: true },
  });
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return rows
    .map(({ id, slug, names }) => ({ id, name: categoryName(names, locale) ?? slug }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
