import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadCategoryIndex } from "./load-category-index";
import { buildProductSearchStatement } from "./product-search-statement";
import type { ProductSearchInput } from "./search-types";

/** EXPLAIN (ANALYZE, BUFFERS) of the main search statement, as text (for the benchmark's report). */
export async function explainProductSearch(input: ProductSearchInput): Promise<string> {
  const { statement } = buildProductSearchStatement(input, await loadCategoryIndex());
  const rows = await getDb().$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
