import "server-only";
import { VISIBLE_PRODUCT_WHERE } from "@/lib/catalog/product-card";
import { getDb } from "@/lib/db";

export type SitemapEntry = { path: string; lastModified?: Date };

// A sitemap file holds at most 50,000 URLs; past that we would split it (generateSitemaps).
const MAX_ENTRIES = 45_000;

/** Public pages only: approved shops, visible products, browsable categories. */
export async function listSitemapEntries(): Promise<{
  shops: SitemapEntry[];
  products: SitemapEntry[];
  categories: SitemapEntry[];
}> {
  const db = getDb();
  const [shops, products, categories] = await Promise.all([
    db.shop.findMany({
      where: { status: "APPROVED" },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
      take: MAX_ENTRIES,
    }),
    db.product.findMany({
      where: VISIBLE_PRODUCT_WHERE,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
      take: MAX_ENTRIES,
    }),
    db.category.findMany({
      select: { id: true, slug: true, parentId: true, prohibited: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const allowed = (id: string | null): boolean => {
    for (let depth = 0; id && depth < 10; depth++) {
      const node = byId.get(id);
      if (!node || node.prohibited) return false;
      id = node.parentId;
    }
    return true;
  };
  return {
    shops: shops.map((s) => ({ path: `/shops/${s.slug}`, lastModified: s.updatedAt })),
    products: products.map((p) => ({ path: `/p/${p.slug}`, lastModified: p.updatedAt })),
    categories: categories.filter((c) => allowed(c.id)).map((c) => ({ path: `/c/${c.slug}` })),
  };
}
