import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The raw-SQL twin of VISIBLE_PRODUCT_WHERE (lib/catalog/product-card.ts), for the search queries:
// the product is ACTIVE, its shop APPROVED, it is not hidden because it ran out, and its category
// is not blocked (prohibited, or under a prohibited parent: see category-index.ts). Expects the
// aliases p (Product) and s (Shop, joined by VISIBLE_PRODUCT_JOINS).
export const VISIBLE_PRODUCT_JOINS = Prisma.sql`JOIN "Shop" s ON s.id = p."shopId"`;

export function visibleProductCondition(blockedCategoryIds: string[]): Prisma.Sql {
  return Prisma.sql`
    p.status = 'ACTIVE' AND s.status = 'APPROVED'
    AND NOT (p."hideWhenOutOfStock" AND p."stockTracked" AND p.stock <= 0)
    AND (p."categoryId" IS NULL OR NOT (p."categoryId" = ANY(${blockedCategoryIds}::text[])))`;
}

/** Both text-search queries of a shopper's text (French and English stemming, accents folded). */
export function fullTextQuery(query: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('search.french', ${query}) || websearch_to_tsquery('search.english', ${query}))`;
}

/** The prefix query built by prefixTsQuery (letters, digits, ":*" and "&" only). */
export function prefixQuery(prefix: string): Prisma.Sql {
  return Prisma.sql`to_tsquery('search.simple', ${prefix})`;
}

/** A tsquery text of close spellings built by close-spellings.ts (letters, digits, "|", "&", parentheses only). */
export function spellingQuery(tsquery: string): Prisma.Sql {
  // simple too: shop names are indexed unstemmed (see build_document)
  return Prisma.sql`(to_tsquery('search.french', ${tsquery}) || to_tsquery('search.english', ${tsquery}) || to_tsquery('search.simple', ${tsquery}))`;
}
