import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Text-search queries of product search, as SQL fragments (every value a bound parameter).

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
