import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { normalizeQuery, prefixTsQuery } from "./search-query";
import { prefixQuery, VISIBLE_PRODUCT_CONDITION, VISIBLE_PRODUCT_JOINS } from "./visible-product-sql";

export const MAX_SUGGESTIONS = 8;
export const MAX_SUGGEST_LENGTH = 60;

/**
 * Up to eight titles of visible products for the search box's type-ahead: titles whose words start
 * with what was typed first, then close spellings (trigrams). Public; the locale is used for
 * lowering the case of what was typed (titles are written in one language by their vendors).
 */
export async function suggestProducts(typed: string, locale: string): Promise<string[]> {
  const query = normalizeQuery(typed).slice(0, MAX_SUGGEST_LENGTH).toLocaleLowerCase(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const prefix = prefixTsQuery(query);
  if (!prefix) return [];
  const rows = await getDb().$queryRaw<{ title: string }[]>(Prisma.sql`
    WITH matched AS (
      SELECT d.product_id,
             (d.document @@ ${prefixQuery(prefix)}) AS starts,
             word_similarity(search.fold(${query}), d.title_folded) AS closeness
      FROM search.product_document d
      WHERE d.document @@ ${prefixQuery(prefix)} OR search.fold(${query}) <% d.title_folded
    )
    SELECT p.title
    FROM matched m
    JOIN "Product" p ON p.id = m.product_id
    ${VISIBLE_PRODUCT_JOINS}
    WHERE ${VISIBLE_PRODUCT_CONDITION}
    GROUP BY p.title
    ORDER BY bool_or(m.starts) DESC, max(m.closeness) DESC, length(p.title), p.title
    LIMIT ${MAX_SUGGESTIONS}::int`);
  return rows.map((row) => row.title);
}
