import "server-only";
import { cache } from "react";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCategoryIndex, type CategoryIndex, type CategoryRow } from "./category-index";

/**
 * The category tree for one search, read fresh for every request (a few dozen rows, well under a
 * millisecond): a category prohibited a second ago is already off limits. Within one page render
 * (React cache) the search and the category filter share one read.
 */
export const loadCategoryIndex = cache(async (): Promise<CategoryIndex> => {
  const rows = await queryRows<CategoryRow>(
    Prisma.sql`SELECT id, slug, "parentId", prohibited, names, position FROM "Category"`,
  );
  return buildCategoryIndex(rows);
});
