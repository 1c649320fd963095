import "server-only";
import { categoryName } from "@/lib/catalog/category-name";
import { getDb } from "@/lib/db";

export type SearchCategoryOption = { slug: string; name: string; depth: 0 | 1 };

/** The category filter's choices: allowed top-level categories, each followed by its allowed children. */
export async function listSearchCategories(locale: string): Promise<SearchCategoryOption[]> {
  const rows = await getDb().category.findMany({
    where: { prohibited: false, OR: [{ parentId: null }, { parent: { is: { parentId: null, prohibited: false } } }] },
    select: { id: true, slug: true, names: true, parentId: true },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  const options: SearchCategoryOption[] = [];
  for (const top of rows.filter((row) => row.parentId === null)) {
    options.push({ slug: top.slug, name: categoryName(top.names, locale) ?? top.slug, depth: 0 });
    for (const child of rows.filter((row) => row.parentId === top.id)) {
      options.push({ slug: child.slug, name: categoryName(child.names, locale) ?? child.slug, depth: 1 });
    }
  }
  return options;
}
