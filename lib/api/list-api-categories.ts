import "server-only";
import { categoryName } from "@/lib/catalog/category-name";
import type { Locale } from "@/lib/i18n/config";
import type { CategoryRow } from "@/lib/search/category-index";
import { loadCategoryIndex } from "@/lib/search/load-category-index";
import { categoryPageUrl } from "./api-values";
import type { CategoriesResponse, CategoryNode } from "./schemas";

/**
 * The category tree a shopper may browse (docs/api.md), from the tree search reads
 * (loadCategoryIndex): a prohibited category and everything below it are left out, as search and
 * /c/<slug> leave them out. Each level in the storefront's order (position, then slug).
 */
export async function listApiCategories(locale: Locale): Promise<CategoriesResponse> {
  const { rows, blockedIds } = await loadCategoryIndex();
  const blocked = new Set(blockedIds);
  const children = new Map<string | null, CategoryRow[]>();
  for (const row of rows) {
    if (blocked.has(row.id)) continue;
    children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  }
  // A corrupted cycle cannot loop: each category is placed once.
  const placed = new Set<string>();
  const level = (parentId: string | null): CategoryNode[] =>
    [...(children.get(parentId) ?? [])]
      .filter((row) => !placed.has(row.id) && placed.add(row.id))
      .sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug))
      .map((row) => ({
        slug: row.slug,
        name: categoryName(row.names, locale) ?? row.slug,
        url: categoryPageUrl(row.slug),
        children: level(row.id),
      }));
  return { categories: level(null) };
}
