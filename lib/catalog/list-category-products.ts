import "server-only";
import { getDb } from "@/lib/db";
import { subtreeIds } from "./category-tree";
import { PRODUCT_CARD_SELECT, toProductCard, VISIBLE_PRODUCT_WHERE, type ProductCard } from "./product-card";

export const CATEGORY_PAGE_SIZE = 24;

export type CategoryProductsPage = { products: ProductCard[]; page: number; pageCount: number; total: number };

/**
 * Visible products of a category and every category below it, newest first, 24 a page. Proximity
 * ordering belongs to /search (its index knows each product's position); a category page is a
 * plain browse. A page past the end answers the last page's number with no products.
 */
export async function listCategoryProducts(
  categoryId: string,
  { page = 1 }: { page?: number } = {},
): Promise<CategoryProductsPage> {
  const db = getDb();
  const nodes = await db.category.findMany({ where: { prohibited: false }, select: { id: true, parentId: true } });
  // Prohibited categories are left out of the tree: their subtrees are not reached either.
  const ids = nodes.some((node) => node.id === categoryId) ? subtreeIds(nodes, categoryId) : [];
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  if (ids.length === 0) return { products: [], page: current, pageCount: 0, total: 0 };

  const where = { ...VISIBLE_PRODUCT_WHERE, categoryId: { in: ids } };
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      select: PRODUCT_CARD_SELECT,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (current - 1) * CATEGORY_PAGE_SIZE,
      take: CATEGORY_PAGE_SIZE,
    }),
  ]);
  return { products: rows.map(toProductCard), page: current, pageCount: Math.ceil(total / CATEGORY_PAGE_SIZE), total };
}
