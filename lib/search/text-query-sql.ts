import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasArabicScript } from "./normalize-persian";

// Text-search queries of product search, as SQL fragments (every value a bound parameter).

/**
 * The text-search queries of a shopper's text, normalised by search.normalize (Persian letter
 * forms, digits, ZWNJ): French and English stemming with accents folded, and search.persian when
 * it holds Arabic script (docs/i18n.md, search in Persian).
 */
export function fullTextQuery(query: string): Prisma.Sql {
  const persian = hasArabicScript(query)
    ? Prisma.sql` || websearch_to_tsquery('search.persian', search.normalize(${query}))`
    : Prisma.empty;
  return Prisma.sql`(websearch_to_tsquery('search.french', search.normalize(${query})) || websearch_to_tsquery('search.english', search.normalize(${query}))${persian})`;
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
