import "server-only";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { normalizeSearchText, prefixTsQuery } from "./search-query";
import { loadCategoryIndex } from "./load-category-index";
import { prefixQuery } from "./text-query-sql";

export const MAX_SUGGESTIONS = 8;
export const MAX_SUGGEST_LENGTH = 60;
// Type-ahead runs on every keystroke: rank a bounded sample of candidates, never the whole match.
const CANDIDATES = 200;

/**
 * Up to eight titles of visible products for the search box's type-ahead: titles containing what
 * was typed, word starts first (prefix full-text match); close spellings (trigrams, costlier) only
 * when those are too few. Public; the locale lowers the case of what was typed (titles are written
 * in one language by their vendors).
 */
export async function suggestProducts(typed: string, locale: string): Promise<string[]> {
  const query = normalizeSearchText(typed)
    .slice(0, MAX_SUGGEST_LENGTH)
    .toLocaleLowerCase(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const prefix = prefixTsQuery(query);
  if (!prefix) return [];
  const { blockedIds } = await loadCategoryIndex();
  const titles = await queryRows<{ title: string }>(
    suggestionStatement(
      query,
      blockedIds,
      // the words start in the document, and what was typed is in the title itself (not only in the shop name)
      Prisma.sql`d.document @@ ${prefixQuery(prefix)} AND strpos(d.title_folded, search.fold(${query})) > 0`,
    ),
  );
  if (titles.length >= MAX_SUGGESTIONS) return titles.map((row) => row.title);
  const close = await queryRows<{ title: string }>(
    suggestionStatement(query, blockedIds, Prisma.sql`search.fold(${query}) <% d.title_folded`),
  );
  return [...new Set([...titles, ...close].map((row) => row.title))].slice(0, MAX_SUGGESTIONS);
}

function suggestionStatement(query: string, blockedCategoryIds: string[], match: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH candidates AS (
      SELECT d.product_id, word_similarity(search.fold(${query}), d.title_folded) AS closeness
      FROM (
        SELECT product_id, title_folded FROM search.product_document d
        WHERE d.visible AND (d.category_id IS NULL OR NOT (d.category_id = ANY(${blockedCategoryIds}::text[]))) AND ${match}
        LIMIT ${CANDIDATES}::int
      ) d
    )
    SELECT p.title
    FROM candidates m
    JOIN "Product" p ON p.id = m.product_id
    GROUP BY p.title
    ORDER BY max(m.closeness) DESC, length(p.title), p.title
    LIMIT ${MAX_SUGGESTIONS}::int`;
}
