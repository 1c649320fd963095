import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExistingProduct, ImportContext } from "./validate-rows";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** What the row checks need from the database, in three queries whatever the file's size. */
export async function loadImportContext(db: Db, shopId: string): Promise<ImportContext> {
  // `db` may be a transaction client, one connection: one query at a time
  const products = await db.product.findMany({
    where: { shopId, sku: { not: null } },
    select: {
      id: true,
      sku: true,
      title: true,
      shortDescription: true,
      description: true,
      kind: true,
      status: true,
      categoryId: true,
      priceAmount: true,
      compareAtAmount: true,
      estimatedPrice: true,
      priceUnit: true,
      stockTracked: true,
      stock: true,
      hideWhenOutOfStock: true,
      weightGrams: true,
      shippingClassId: true,
      moderationReason: true,
      _count: { select: { images: true } },
    },
  });
  const categories = await db.category.findMany({ select: { id: true, slug: true, parentId: true, prohibited: true } });
  const shippingClasses = await db.shippingClass.findMany({ where: { shopId }, select: { id: true, name: true } });

  const existing = new Map<string, ExistingProduct>();
  for (const { _count, sku, moderationReason, ...product } of products)
    existing.set(sku!, { ...product, sku: sku!, imageCount: _count.images, moderationHeld: moderationReason !== null });

  // Allowed = neither the category nor any ancestor is prohibited (the rule of assertCategoryAllowed).
  const byId = new Map(categories.map((category) => [category.id, category]));
  const allowed = new Map<string, boolean>();
  const isAllowed = (id: string, depth = 0): boolean => {
    const known = allowed.get(id);
    if (known !== undefined) return known;
    const category = byId.get(id);
    const result =
      !!category &&
      !category.prohibited &&
      depth < 16 &&
      (category.parentId === null || isAllowed(category.parentId, depth + 1));
    allowed.set(id, result);
    return result;
  };
  return {
    existing,
    categories: new Map(
      categories.map((category) => [category.slug, { id: category.id, allowed: isAllowed(category.id) }]),
    ),
    categorySlugById: new Map(categories.map((category) => [category.id, category.slug])),
    shippingClasses: new Map(shippingClasses.map((shippingClass) => [shippingClass.name, shippingClass.id])),
    shippingClassNameById: new Map(shippingClasses.map((shippingClass) => [shippingClass.id, shippingClass.name])),
  };
}
