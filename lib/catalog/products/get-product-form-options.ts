import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { categoryName } from "../category-name";

/** A top-level category and the categories under it (depth 0 is the group's own category). */
export type CategoryGroup = { label: string; options: { id: string; name: string; depth: number }[] };
export type ProductFormOptions = { categories: CategoryGroup[]; shippingClasses: { id: string; name: string }[] };

/**
 * What the product form offers for one of the vendor's shops: the allowed categories as groups
 * (a prohibited category, and everything under it, is left out) and the shop's shipping classes.
 */
export async function getProductFormOptions(
  actor: Actor | null,
  shopId: string,
  locale: string,
): Promise<ProductFormOptions> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true });
  const [categories, shippingClasses] = await Promise.all([
    db.category.findMany({
      select: { id: true, slug: true, names: true, parentId: true, prohibited: true },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
    }),
    db.shippingClass.findMany({
      where: { shopId: shop.id },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const byParent = new Map<string | null, typeof categories>();
  for (const category of categories)
    byParent.set(category.parentId, [...(byParent.get(category.parentId) ?? []), category]);
  const nameOf = (category: (typeof categories)[number]) => categoryName(category.names, locale) ?? category.slug;

  const groups: CategoryGroup[] = [];
  for (const top of byParent.get(null) ?? []) {
    if (top.prohibited) continue;
    const options: CategoryGroup["options"] = [];
    const visit = (category: (typeof categories)[number], depth: number) => {
      options.push({ id: category.id, name: nameOf(category), depth });
      if (depth >= 16) return;
      for (const child of byParent.get(category.id) ?? []) if (!child.prohibited) visit(child, depth + 1);
    };
    visit(top, 0);
    groups.push({ label: nameOf(top), options });
  }
  return { categories: groups, shippingClasses };
}
