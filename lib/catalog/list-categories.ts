import "server-only";
import { getDb } from "@/lib/db";
import { categoryName } from "./category-name";

export type CategorySummary = { id: string; slug: string; name: string };

/** Top-level categories a shopper can browse (prohibited ones are not shown), named in `locale`. */
export async function listTopLevelCategories(
  locale: string,
  { take = 24 }: { take?: number } = {},
): Promise<CategorySummary[]> {
  const rows = await getDb().category.findMany({
    where: { parentId: null, prohibited: false },
    select: { id: true, slug: true, names: true },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    take,
  });
  return rows.map(({ id, slug, names }) => ({ id, slug, name: categoryName(names, locale) ?? slug }));
}
