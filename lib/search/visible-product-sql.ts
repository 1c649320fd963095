import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The raw-SQL twin of VISIBLE_PRODUCT_WHERE (lib/catalog/product-card.ts), for the search queries:
// the product is ACTIVE, its shop APPROVED, it is not hidden because it ran out, and neither its
// category nor any of the three parents above it is prohibited. Expects the aliases p (Product),
// s (Shop) and c1…c4 (the category and its parents, joined by VISIBLE_PRODUCT_JOINS).
export const VISIBLE_PRODUCT_JOINS = Prisma.sql`
  JOIN "Shop" s ON s.id = p."shopId"
  LEFT JOIN "Category" c1 ON c1.id = p."categoryId"
  LEFT JOIN "Category" c2 ON c2.id = c1."parentId"
  LEFT JOIN "Category" c3 ON c3.id = c2."parentId"
  LEFT JOIN "Category" c4 ON c4.id = c3."parentId"`;

export const VISIBLE_PRODUCT_CONDITION = Prisma.sql`
  p.status = 'ACTIVE' AND s.status = 'APPROVED'
  AND NOT (p."hideWhenOutOfStock" AND p."stockTracked" AND p.stock <= 0)
  AND NOT COALESCE(c1.prohibited OR c2.prohibited OR c3.prohibited OR c4.prohibited, false)`;

/** Both text-search queries of a shopper's text (French and English stemming, accents folded). */
export function fullTextQuery(query: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('search.french', ${query}) || websearch_to_tsquery('search.english', ${query}))`;
}

/** The prefix query built by prefixTsQuery (letters, digits, ":*" and "&" only). */
export function prefixQuery(prefix: string): Prisma.Sql {
  return Prisma.sql`to_tsquery('search.simple', ${prefix})`;
}
