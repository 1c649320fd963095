import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import {
  normalizePage,
  normalizePageSize,
  normalizeRadiusKm,
  normalizeSearchText,
  prefixTsQuery,
} from "./search-query";
import type { CategoryIndex } from "./category-index";
import { premiumShopIdsSql, proximityScoreSql, rankingDistanceSql } from "./premium-ranking-sql";
import { candidateShopRatingsSql, shopsRatedAtLeastSql } from "./rating-sql";
import type { DeliveryMode, ProductSearchInput } from "./search-types";
import { fullTextQuery, prefixQuery, spellingQuery } from "./text-query-sql";

// The column of the "base" set below that says whether a product can be had that way.
const DELIVERY_COLUMN: Record<DeliveryMode, Prisma.Sql> = {
  CLICK_AND_COLLECT: Prisma.sql`b.click_and_collect`,
  LOCAL_COURIER: Prisma.sql`b.courier`,
  POSTAL: Prisma.sql`b.postal`,
};

/**
 * The one statement behind searchProducts (exported for the benchmark's EXPLAIN ANALYZE):
 *   base     — candidates from the indexes (GIN text, GiST earth_box prefilter) in the search
 *              documents alone (visibility, price, stock and delivery modes are copied there),
 *              filtered except by category and delivery mode (the facets' own filters),
 *   filtered — every filter; counted, ordered, paged (a page past the end shows the last one);
 * "Product" and "Shop" are only joined for the page shown. It returns one row: total, page, hits
 * (JSON), counts per category and per delivery mode (JSON).
 * Relevance ordering favours premium shops within bounds (premium-ranking.ts): premium_shops looks
 * up each distinct candidate shop once (primary keys of "Shop" and "Plan"), and each candidate
 * probes that small set; explicit sorts (price, newest, distance, rating) skip it. The rating order
 * reads each candidate shop's counters once the same way (shop_ratings, rating-sql.ts); the least
 * rating filter is a semi-join on "Shop" in the documents' WHERE.
 * The category rules (blocked categories, subtrees) come from the small Category table, read
 * beforehand (load-category-index.ts): fewer joins, a cheaper plan.
 * closeSpellings (a tsquery text from close-spellings.ts) replaces the words as typed: the second
 * search searchProducts runs when the first found nothing and some words are unknown (typos).
 * Every value the shopper sent is a bound parameter.
 */
export function buildProductSearchStatement(
  input: ProductSearchInput,
  categories: CategoryIndex,
  { closeSpellings = null }: { closeSpellings?: string | null } = {},
): { statement: Prisma.Sql; pageSize: number; locale: Locale } {
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const query = normalizeSearchText(input.query);
  const prefix = query ? prefixTsQuery(query) : null;
  const near = input.near ?? null;
  const radiusKm = near ? normalizeRadiusKm(input.radiusKm) : null;
  const pageSize = normalizePageSize(input.pageSize);
  const requestedPage = normalizePage(input.page);
  const sort = input.sort ?? "relevance";

  const origin = near ? Prisma.sql`ll_to_earth(${near.latitude}::float8, ${near.longitude}::float8)` : null;

  // The words as typed (stemmed, and their starts for type-ahead), or their close spellings (a
  // second search, see close-spellings.ts): one GIN scan either way.
  const words = closeSpellings ? spellingQuery(closeSpellings) : query ? fullTextQuery(query) : null;
  const textCondition = closeSpellings
    ? Prisma.sql`d.document @@ ${words}`
    : query
      ? prefix
        ? Prisma.sql`d.document @@ (${words} || ${prefixQuery(prefix)})`
        : Prisma.sql`d.document @@ ${words}`
      : null;
  const where = [
    // what search copies from the product and its shop (see the search_filters migration)
    Prisma.sql`d.visible`,
    Prisma.sql`(d.category_id IS NULL OR NOT (d.category_id = ANY(${categories.blockedIds}::text[])))`,
    ...(textCondition ? [textCondition] : []),
    ...(origin && radiusKm !== null
      ? [
          // && (overlap) rather than <@: for a point the same test, but PostgreSQL estimates it at
          // 0.5 % of the rows instead of a flat 0.1 %, which keeps it from scanning a whole dense
          // area by position alone when the text index narrows it far more (a BitmapAnd of both).
          Prisma.sql`d.position && earth_box(${origin}, ${radiusKm * 1000}::float8)`,
          Prisma.sql`earth_distance(d.position, ${origin}) <= ${radiusKm * 1000}::float8`,
        ]
      : []),
    ...(input.inStockOnly ? [Prisma.sql`d.in_stock`] : []),
    ...(isAmount(input.minPriceAmount) ? [Prisma.sql`d.price_amount >= ${input.minPriceAmount}::int`] : []),
    ...(isAmount(input.maxPriceAmount) ? [Prisma.sql`d.price_amount <= ${input.maxPriceAmount}::int`] : []),
    // the least rating of the product's shop (docs/trust.md, reviews): a filter like stock, counted in the facets
    ...(isMinRating(input.minRatingTenths)
      ? [Prisma.sql`d.shop_id IN (${shopsRatedAtLeastSql(input.minRatingTenths)})`]
      : []),
  ];
  // ts_rank (word frequency and weights) over the words and their starts together: one pass over
  // each candidate's document (ts_rank_cd twice cost four times as much in dense areas).
  const relevance = words
    ? prefix && !closeSpellings
      ? Prisma.sql`ts_rank(d.document, ${words} || ${prefixQuery(prefix)})`
      : Prisma.sql`ts_rank(d.document, ${words})`
    : Prisma.sql`0::float8`;
  const distance = origin ? Prisma.sql`earth_distance(d.position, ${origin})` : Prisma.sql`NULL::float8`;
  // Without the shopper's position a courier counts as offered; with it, only within its radius.
  const courierReach = origin
    ? Prisma.sql`(m.distance_m IS NOT NULL AND m.distance_m <= m.courier_radius_m)`
    : Prisma.sql`true`;

  const categorySlug = input.categorySlug?.trim() || null;
  const categoryOk = categorySlug
    ? Prisma.sql`m.category_id = ANY(${categories.subtreeOf(categorySlug)}::text[])`
    : Prisma.sql`true`;
  const delivery =
    input.delivery && DELIVERY_COLUMN[input.delivery] ? DELIVERY_COLUMN[input.delivery] : Prisma.sql`true`;

  const { order, usesPremium } = orderBy(sort, Boolean(query), Boolean(origin));
  // The premium flag, only when the order uses it: the candidates' premium shops, probed per row.
  const premiumShops = usesPremium
    ? Prisma.sql`premium_shops AS MATERIALIZED (${premiumShopIdsSql(Prisma.sql`base`)}),`
    : Prisma.empty;
  const premium = usesPremium ? Prisma.sql`, (b.shop_id IN (SELECT id FROM premium_shops)) AS premium` : Prisma.empty;
  // The rating order: each candidate shop's average and count, looked up once per shop.
  const byRating = sort === "rating";
  const shopRatings = byRating
    ? Prisma.sql`shop_ratings AS MATERIALIZED (${candidateShopRatingsSql(Prisma.sql`base`)}),`
    : Prisma.empty;
  const rating = byRating ? Prisma.sql`, r.tenths AS rating_tenths, r.count AS rating_count` : Prisma.empty;
  const ratingJoin = byRating ? Prisma.sql`LEFT JOIN shop_ratings r ON r.id = b.shop_id` : Prisma.empty;

  const statement = Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT m.id, m.shop_id, m.relevance, m.distance_m, m.price_amount, m.in_stock, m.created_at, m.category_id,
             m.click_and_collect, m.postal,
             (m.courier_radius_m IS NOT NULL AND ${courierReach}) AS courier,
             ${categoryOk} AS category_ok
      FROM (
        SELECT d.product_id AS id, d.shop_id, ${relevance} AS relevance, ${distance} AS distance_m,
               d.price_amount, d.in_stock, d.created_at, d.category_id, d.click_and_collect, d.postal, d.courier_radius_m
        FROM search.product_document d
        WHERE ${Prisma.join(where, " AND ")}
      ) m
    ),
    ${premiumShops}
    ${shopRatings}
    filtered AS (SELECT b.*${premium}${rating} FROM base b ${ratingJoin} WHERE b.category_ok AND ${delivery}),
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
          'id', p.id, 'slug', p.slug, 'title', p.title, 'priceAmount', p."priceAmount", 'currency', p.currency,
          'estimatedPrice', p."estimatedPrice", 'priceUnit', p."priceUnit", 'inStock', b.in_stock,
          'imageUrl', img.url, 'imageAlt', img.alt, 'shopSlug', s.slug, 'shopName', s.name,
          'shopPremium', COALESCE(pl.premium, false),
          'shopRatingCount', s."ratingCount", 'shopRatingSum', s."ratingSum",
          'distanceM', b.distance_m, 'clickAndCollect', b.click_and_collect, 'courier', b.courier, 'postal', b.postal
        ) ORDER BY b.ord), '[]'::json)
       FROM paged b
       JOIN "Product" p ON p.id = b.id
       JOIN "Shop" s ON s.id = p."shopId"
       LEFT JOIN "Plan" pl ON pl.id = s."planId"
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
       FROM base b WHERE b.category_ok) AS delivery`;

  return { statement, pageSize, locale };
}

function isMinRating(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 && value <= 50;
}

function isAmount(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The ORDER BY of a search, and whether it needs the premium flag. A sort the shopper chose (price,
 * newest, distance) is exactly that; relevance (the default) favours premium shops within bounds.
 */
function orderBy(
  sort: ProductSearchInput["sort"],
  hasText: boolean,
  hasOrigin: boolean,
): { order: Prisma.Sql; usesPremium: boolean } {
  const byRelevance = hasText ? Prisma.sql`b.relevance DESC, ` : Prisma.empty;
  const chosen = (order: Prisma.Sql) => ({ order, usesPremium: false });
  switch (sort) {
    case "price-asc":
      return chosen(Prisma.sql`b.price_amount ASC, b.id ASC`);
    case "price-desc":
      return chosen(Prisma.sql`b.price_amount DESC, b.id ASC`);
    case "newest":
      return chosen(Prisma.sql`b.created_at DESC, b.id ASC`);
    case "distance":
      if (hasOrigin) return chosen(Prisma.sql`b.distance_m ASC NULLS LAST, ${byRelevance} b.id ASC`);
      break;
    case "rating":
      // Best rated shops first (average to one decimal, then more reviews), unrated last; then as
      // usual: relevance with words, nearest with a position, newest (docs/trust.md, reviews).
      return chosen(
        Prisma.sql`b.rating_tenths DESC NULLS LAST, b.rating_count DESC, ${byRelevance} ${hasOrigin ? Prisma.sql`b.distance_m ASC NULLS LAST, ` : Prisma.empty} b.created_at DESC, b.id ASC`,
      );
  }
  const premium = Prisma.sql`b.premium`;
  // Relevance: a nearby exact match outranks a far one (the score halves at 10 km), a premium shop's
  // score counts 1.25 times; a product of a shop with no position counts as very far.
  if (hasText && hasOrigin) {
    const score = proximityScoreSql(Prisma.sql`b.relevance`, Prisma.sql`COALESCE(b.distance_m, 1e9)`, premium);
    return { order: Prisma.sql`${score} DESC, b.id ASC`, usesPremium: true };
  }
  // Browsing around a position: nearest first, a premium shop's distance shortened within bounds.
  if (hasOrigin) {
    const distance = rankingDistanceSql(Prisma.sql`b.distance_m`, premium);
    return { order: Prisma.sql`${distance} ASC NULLS LAST, b.premium DESC, b.id ASC`, usesPremium: true };
  }
  // No position: premium first among equal relevance.
  return { order: Prisma.sql`${byRelevance} b.premium DESC, b.created_at DESC, b.id ASC`, usesPremium: true };
}
