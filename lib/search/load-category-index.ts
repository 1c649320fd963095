import "server-only";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCategoryIndex, type CategoryIndex, type CategoryRow } from "./category-index";

/**
 * The category tree for one search, read fresh every time (a few dozen rows, well under a
 * millisecond): a category prohibited a second ago is already off limits.
 */
export async function loadCategoryIndex(): Promise<CategoryIndex> {
  const rows = await queryRows<CategoryRow>(Prisma.sql`SELECT id, slug, "parentId", prohibited, names, position FROM "Category"`);
  return buildCategoryIndex(rows);
}
