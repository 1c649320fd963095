import "server-only";
import { categoryName } from "@/lib/catalog/category-name";
import { loadCategoryIndex } from "./load-category-index";

export type SearchCategoryOption = { slug: string; name: string; depth: 0 | 1 };

/**
 * The category filter's choices: allowed top-level categories, each followed by its allowed
 * children (from the category tree the search itself reads: one query for both per page).
 */
export async function listSearchCategories(locale: string): Promise<SearchCategoryOption[]> {
  const { rows } = await loadCategoryIndex();
  const byOrder = [...rows].sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const options: SearchCategoryOption[] = [];
  for (const top of byOrder.filter((row) => row.parentId === null && !row.prohibited)) {
    options.push({ slug: top.slug, name: categoryName(top.names, locale) ?? top.slug, depth: 0 });
    for (const child of byOrder.filter((row) => row.parentId === top.id && !row.prohibited)) {
      options.push({ slug: child.slug, name: categoryName(child.names, locale) ?? child.slug, depth: 1 });
    }
  }
  return options;
}
