import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { normalizePage, normalizePageSize, normalizeQuery, normalizeRadiusKm, prefixTsQuery } from "./search-query";
import type { CategoryIndex } from "./category-index";
import type { DeliveryMode, ProductSearchInput } from "./search-types";
import { fullTextQuery, prefixQuery, VISIBLE_PRODUCT_JOINS, visibleProductCondition } from "./visible-product-sql";

// The column of the "base" set below that says whether a product can be had that way.
const DELIVERY_COLUMN: Record<DeliveryMode, Prisma.Sql> = {
  CLICK_AND_COLLECT: Prisma.sql`b.click_and_collect`,
  LOCAL_COURIER: Prisma.sql`b.courier`,
  POSTAL: Prisma.sql`b.postal`,
};

/**
 * The one statement behind searchProducts (exported for the benchmark's EXPLAIN ANALYZE):
 *   matched  — candidate ids from the indexes (GIN text, GIN trigram, GiST earth_box prefilter),
 *   base     — joined, visible, filtered except by category and delivery mode (the facets' own filters),
 *   filtered — every filter; counted, ordered, paged (a page past the end shows the last one);
 * and it returns one row: total, page, hits (JSON), counts per category and per delivery mode (JSON).
 * The category rules (blocked categories, subtrees) come from the small Category table, read
 * beforehand (load-category-index.ts): fewer joins, a cheaper plan.
 * typoTolerant adds trigram matching on the title (pg_trgm word similarity): it costs several
 * times the rest per candidate row, so searchProducts only asks for it when the words match no
 * product at all (the unknown_words column).
 * Every value the shopper sent is a bound parameter.
 */
export function buildProductSearchStatement(
  input: ProductSearchInput,
  categories: CategoryIndex,
  { typoTolerant = false }: { typoTolerant?: boolean } = {},
): { statement: Prisma.Sql; pageSize: number; locale: Locale } {
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const query = normalizeQuery(input.query);
  const prefix = query ? prefixTsQuery(query) : null;
  const near = input.near ?? null;
  const radiusKm = near ? normalizeRadiusKm(input.radiusKm) : null;
  const pageSize = normalizePageSize(input.pageSize);
  const requestedPage = normalizePage(input.page);
  const sort = input.sort ?? "relevance";

  const origin = near ? Prisma.sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)` : null;

  const textConditions = query
    ? [
        // one GIN scan for the stemmed words and the word starts together
        prefix ? Prisma.sql`d.document @@ (${fullTextQuery(query)} || ${prefixQuery(prefix)})` : Prisma.sql`d.document @@ ${fullTextQuery(query)}`,
        ...(typoTolerant ? [typoCondition(query, origin !== null && radiusKm !== null)] : []),
      ]
    : [];
  // Nothing found and the words match no product anywhere (not merely none nearby): perhaps a typo.
  // The EXISTS only runs when the page is empty (CASE evaluates it lazily).
  const unknownWords =
    query && !typoTolerant
      ? Prisma.sql`CASE WHEN (SELECT total FROM counted) = 0
          THEN NOT EXISTS (SELECT 1 FROM search.product_document d WHERE ${Prisma.join(textConditions, " OR ")})
          ELSE false END`
      : Prisma.sql`false`;
  const matchedWhere = [
    ...(textConditions.length ? [Prisma.sql`(${Prisma.join(textConditions, " OR ")})`] : []),
    ...(origin && radiusKm !== null
      ? [
          Prisma.sql`d.position <@ earth_box(${origin}, ${radiusKm * 1000}::float8)`,
          Prisma.sql`earth_distance(d.position, ${origin}) <= ${radiusKm * 1000}::float8`,
        ]
      : []),
  ];
  const relevance = query
    ? Prisma.sql`ts_rank_cd(d.document, ${fullTextQuery(query)})
        ${prefix ? Prisma.sql`+ 0.5 * ts_rank_cd(d.document, ${prefixQuery(prefix)})` : Prisma.empty}
        ${typoTolerant ? Prisma.sql`+ word_similarity(search.fold(${query}), d.title_folded)` : Prisma.empty}`
    : Prisma.sql`0::float8`;
  const distance = origin ? Prisma.sql`earth_distance(d.position, ${origin})` : Prisma.sql`NULL::float8`;

  const courierReach = origin
    ? Prisma.sql`(m.distance_m IS NOT NULL AND m.distance_m <= s."courierRadiusKm" * 1000.0)`
    : Prisma.sql`true`;

  const baseWhere = [
    visibleProductCondition(categories.blockedIds),
    ...(input.inStockOnly ? [Prisma.sql`(NOT p."stockTracked" OR p.stock > 0)`] : []),
    ...(isAmount(input.minPriceAmount) ? [Prisma.sql`p."priceAmount" >= ${input.minPriceAmount}::int`] : []),
    ...(isAmount(input.maxPriceAmount) ? [Prisma.sql`p."priceAmount" <= ${input.maxPriceAmount}::int`] : []),
  ];

  const categorySlug = input.categorySlug?.trim() || null;
  const categoryOk = categorySlug ? Prisma.sql`p."categoryId" = ANY(${categories.subtreeOf(categorySlug)}::text[])` : Prisma.sql`true`;
  const delivery = input.delivery && DELIVERY_COLUMN[input.delivery] ? DELIVERY_COLUMN[input.delivery] : Prisma.sql`true`;

  const order = orderBy(sort, Boolean(query), Boolean(origin));

  const statement = Prisma.sql`
    WITH matched AS (
      SELECT d.product_id, ${relevance} AS relevance, ${distance} AS distance_m
      FROM search.product_document d
      ${matchedWhere.length ? Prisma.sql`WHERE ${Prisma.join(matchedWhere, " AND ")}` : Prisma.empty}
    ),
    base AS MATERIALIZED (
      SELECT p.id, p.slug, p.title, p."priceAmount", p.currency, p."estimatedPrice", p."priceUnit",
             (NOT p."stockTracked" OR p.stock > 0) AS in_stock, p."createdAt" AS created_at,
             s.slug AS shop_slug, s.name AS shop_name, m.relevance, m.distance_m,
             s."clickAndCollect" AS click_and_collect,
             (s."courierEnabled" AND COALESCE(s."courierRadiusKm", 0) > 0 AND ${courierReach}) AS courier,
             s."postalEnabled" AS postal,
             p."categoryId" AS category_id,
             ${categoryOk} AS category_ok
      FROM matched m
      JOIN "Product" p ON p.id = m.product_id
      ${VISIBLE_PRODUCT_JOINS}
      WHERE ${Prisma.join(baseWhere, " AND ")}
    ),
    filtered AS (SELECT b.* FROM base b WHERE b.category_ok AND ${delivery}),
    counted AS (
      SELECT count(*)::int AS total,
             LEAST(${requestedPage}::int, GREATEST(1, CEIL(count(*) / ${pageSize}::numeric)::int)) AS page
      FROM filtered
    ),
    paged AS (
      SELECT b.*, row_number() OVER (ORDER BY ${order}) AS ord
      FROM filtered b
      ORDER BY ${order}
      LIMIT ${pageSize}::int OFFSET (SELECT (page - 1) * ${pageSize}::int FROM counted)
    )
    SELECT
      (SELECT total FROM counted) AS total,
      (SELECT page FROM counted) AS page,
      (SELECT COALESCE(json_agg(json_build_object(
          'id', b.id, 'slug', b.slug, 'title', b.title, 'priceAmount', b."priceAmount", 'currency', b.currency,
          'estimatedPrice', b."estimatedPrice", 'priceUnit', b."priceUnit", 'inStock', b.in_stock,
          'imageUrl', img.url, 'imageAlt', img.alt, 'shopSlug', b.shop_slug, 'shopName', b.shop_name,
          'distanceM', b.distance_m, 'clickAndCollect', b.click_and_collect, 'courier', b.courier, 'postal', b.postal
        ) ORDER BY b.ord), '[]'::json)
       FROM paged b
       LEFT JOIN LATERAL (
         SELECT i.url, i.alt FROM "ProductImage" i WHERE i."productId" = b.id ORDER BY i.position, i.id LIMIT 1
       ) img ON true) AS hits,
      (SELECT COALESCE(json_agg(json_build_object('id', x.category_id, 'count', x.n)), '[]'::json)
       FROM (SELECT b.category_id, count(*)::int AS n FROM base b
             WHERE b.category_id IS NOT NULL AND ${delivery} GROUP BY 1) x) AS categories,
      (SELECT json_build_object(
          'CLICK_AND_COLLECT', count(*) FILTER (WHERE b.click_and_collect),
          'LOCAL_COURIER', count(*) FILTER (WHERE b.courier),
          'POSTAL', count(*) FILTER (WHERE b.postal))
       FROM base b WHERE b.category_ok) AS delivery,
      ${unknownWords} AS unknown_words`;

  return { statement, pageSize, locale };
}

/**
 * Close spellings (pg_trgm word similarity, the default threshold 0.6). Within a radius the few
 * rows of the earth_box are checked one by one (the function form, which no index answers);
 * without one, the operator form lets the trigram index find them in the whole catalogue.
 */
function typoCondition(query: string, withinRadius: boolean): Prisma.Sql {
  return withinRadius
    ? Prisma.sql`word_similarity(search.fold(${query}), d.title_folded) >= 0.6`
    : Prisma.sql`search.fold(${query}) <% d.title_folded`;
}

function isAmount(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function orderBy(sort: ProductSearchInput["sort"], hasText: boolean, hasOrigin: boolean): Prisma.Sql {
  const byRelevance = hasText ? Prisma.sql`b.relevance DESC, ` : Prisma.empty;
  switch (sort) {
    case "price-asc":
      return Prisma.sql`b."priceAmount" ASC, b.id ASC`;
    case "price-desc":
      return Prisma.sql`b."priceAmount" DESC, b.id ASC`;
    case "newest":
      return Prisma.sql`b.created_at DESC, b.id ASC`;
    case "distance":
      if (hasOrigin) return Prisma.sql`b.distance_m ASC NULLS LAST, ${byRelevance} b.id ASC`;
      break;
  }
  // Relevance: a nearby exact match outranks a far one (the score halves at 10 km); a product of
  // a shop with no position counts as very far.
  if (hasText && hasOrigin) return Prisma.sql`b.relevance / (1 + COALESCE(b.distance_m, 1e9) / 10000.0) DESC, b.id ASC`;
  if (hasOrigin) return Prisma.sql`b.distance_m ASC NULLS LAST, b.id ASC`;
  return Prisma.sql`${byRelevance} b.created_at DESC, b.id ASC`;
}
