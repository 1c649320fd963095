import "server-only";
import { getDb } from "@/lib/db";
import { buildCategoryIndex, type CategoryIndex } from "./category-index";

/**
 * The category tree for one search, read fresh every time (a few dozen rows, well under a
 * millisecond): a category prohibited a second ago is already off limits.
 */
export async function loadCategoryIndex(): Promise<CategoryIndex> {
  const rows = await getDb().category.findMany({ select: { id: true, slug: true, parentId: true, prohibited: true, names: true, position: true } });
  return buildCategoryIndex(rows);
}
