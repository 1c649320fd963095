// A provisional implementation of the search contract (lib/search/search-types.ts), used by the
// benchmark only while lib/search/search-products.ts does not exist in this branch. It follows
// the groundwork's SQL guidance: candidates from the GIN full-text index, the GIN trigram index
// (typos) and the GiST earth_box prefilter, then visibility, filters and ranking with proximity,
// page, total and facets in one round trip; trigrams (typos) only when words and prefixes find nothing.
import { getDb } from "@/lib/db";
import type { DeliveryMode, ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";

const DELIVERY: DeliveryMode[] = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"];

/** The prefix query for type-ahead: every word as a prefix ("fro" → 'fro':*). */
function prefixQuery(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.map((word) => `${word}:*`).join(" & ");
}

/** The main query and its parameters (also used for EXPLAIN by the benchmark). */
export function buildSearchSql(input: ProductSearchInput, { typos = false }: { typos?: boolean } = {}): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const text = input.query?.trim() ?? "";
  const near = input.near ?? null;
  const radiusMetres = near && input.radiusKm ? input.radiusKm * 1000 : null;
  const pageSize = Math.min(Math.max(input.pageSize ?? 24, 1), 60);
  const page = Math.max(input.page ?? 1, 1);

  const candidateWhere: string[] = [];
  let textRank = "0";
  if (text) {
    const q = p(text);
    const prefix = p(prefixQuery(text) || "''");
    candidateWhere.push(
      `(d.document @@ (websearch_to_tsquery('search.french', ${q}) || websearch_to_tsquery('search.english', ${q}))` +
        ` OR d.document @@ to_tsquery('search.simple', ${prefix})` +
        (typos ? ` OR search.fold(${q}) <% d.title_folded)` : ")"),
    );
    textRank =
      `(ts_rank(d.document, websearch_to_tsquery('search.french', ${q}) || websearch_to_tsquery('search.english', ${q}))` +
      ` + 0.5 * ts_rank(d.document, to_tsquery('search.simple', ${prefix}))` +
      (typos ? ` + word_similarity(search.fold(${q}), d.title_folded))` : ")");
  }
  let distance = "NULL::float8";
  if (near) {
    const here = `ll_to_earth(${p(near.latitude)}, ${p(near.longitude)})`;
    distance = `earth_distance(d.position, ${here})`;
    if (radiusMetres) {
      const r = p(radiusMetres);
      candidateWhere.push(`d.position <@ earth_box(${here}, ${r})`, `earth_distance(d.position, ${here}) <= ${r}`);
    }
  }

  const filters: string[] = [`pr.status = 'ACTIVE'`, `s.status = 'APPROVED'`, `NOT (pr."hideWhenOutOfStock" AND pr."stockTracked" AND pr.stock <= 0)`, `NOT coalesce(c.prohibited OR pc.prohibited, false)`];
  if (input.inStockOnly) filters.push(`(NOT pr."stockTracked" OR pr.stock > 0)`);
  if (input.minPriceAmount != null) filters.push(`pr."priceAmount" >= ${p(input.minPriceAmount)}`);
  if (input.maxPriceAmount != null) filters.push(`pr."priceAmount" <= ${p(input.maxPriceAmount)}`);
  const deliveryFilter = (mode: DeliveryMode) =>
    mode === "CLICK_AND_COLLECT" ? `m.cc` : mode === "LOCAL_COURIER" ? `m.courier` : `m.postal`;
  const outer: string[] = [];
  if (input.categorySlug) {
    const slug = p(input.categorySlug);
    outer.push(`(m.category_slug = ${slug} OR m.parent_slug = ${slug})`);
  }
  if (input.delivery) outer.push(deliveryFilter(input.delivery));

  const order =
    input.sort === "distance" && near ? "m.distance ASC NULLS LAST, m.id" :
    input.sort === "price-asc" ? `m."priceAmount" ASC, m.id` :
    input.sort === "price-desc" ? `m."priceAmount" DESC, m.id` :
    input.sort === "newest" ? `m."createdAt" DESC, m.id` :
    // relevance blended with proximity: nearby first at equal relevance, halved every 10 km
    near ? `(m.text_rank + 0.1) / (1 + coalesce(m.distance, 1e7) / 10000.0) DESC, m.id` : `m.text_rank DESC, m."createdAt" DESC, m.id`;

  const locale = p(input.locale === "en" ? "en" : "fr");
  const sql = `
WITH candidates AS (
  SELECT d.product_id, ${textRank} AS text_rank, ${distance} AS distance
  FROM search.product_document d
  ${candidateWhere.length ? `WHERE ${candidateWhere.join(" AND ")}` : ""}
), matched AS MATERIALIZED (
  SELECT pr.id, pr.slug, pr.title, pr."priceAmount", pr.currency, pr."estimatedPrice", pr."priceUnit", pr."stockTracked", pr.stock, pr."createdAt",
         s.slug AS shop_slug, s.name AS shop_name, c.slug AS category_slug, pc.slug AS parent_slug, coalesce(pc.names, c.names) AS category_names,
         coalesce(pc.slug, c.slug) AS facet_slug, cand.text_rank, cand.distance,
         s."clickAndCollect" AS cc, (s."courierEnabled" AND (cand.distance IS NULL OR cand.distance <= coalesce(s."courierRadiusKm", 0) * 1000)) AS courier, s."postalEnabled" AS postal
  FROM candidates cand
  JOIN "Product" pr ON pr.id = cand.product_id
  JOIN "Shop" s ON s.id = pr."shopId"
  LEFT JOIN "Category" c ON c.id = pr."categoryId"
  LEFT JOIN "Category" pc ON pc.id = c."parentId"
  WHERE ${filters.join(" AND ")}
), filtered AS (
  SELECT * FROM matched m ${outer.length ? `WHERE ${outer.join(" AND ")}` : ""}
)
SELECT
  (SELECT count(*) FROM filtered)::int AS total,
  (SELECT coalesce(json_agg(f ORDER BY f.count DESC), '[]') FROM (
     SELECT m.facet_slug AS key, min(m.category_names->>${locale}) AS label, count(*)::int AS count
     FROM matched m ${input.delivery ? `WHERE ${deliveryFilter(input.delivery)}` : ""} GROUP BY m.facet_slug) f) AS categories,
  (SELECT json_build_object('CLICK_AND_COLLECT', count(*) FILTER (WHERE m.cc), 'LOCAL_COURIER', count(*) FILTER (WHERE m.courier), 'POSTAL', count(*) FILTER (WHERE m.postal))
     FROM matched m ${input.categorySlug ? `WHERE (m.category_slug = $${params.indexOf(input.categorySlug) + 1} OR m.parent_slug = $${params.indexOf(input.categorySlug) + 1})` : ""}) AS delivery,
  (SELECT coalesce(json_agg(h), '[]') FROM (
     SELECT m.id, m.slug, m.title, m."priceAmount", m.currency, m."estimatedPrice", m."priceUnit", m."stockTracked", m.stock,
            m.shop_slug, m.shop_name, m.distance, m.cc, m.courier, m.postal,
            (SELECT json_build_object('url', i.url, 'alt', i.alt) FROM "ProductImage" i WHERE i."productId" = m.id ORDER BY i.position LIMIT 1) AS image
     FROM filtered m ORDER BY ${order} LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}) h) AS hits`;
  return { sql, params };
}

type Row = {
  total: number;
  categories: { key: string; label: string; count: number }[];
  delivery: Record<DeliveryMode, number>;
  hits: {
    id: string; slug: string; title: string; priceAmount: number; currency: string; estimatedPrice: boolean; priceUnit: string | null;
    stockTracked: boolean; stock: number; shop_slug: string; shop_name: string; distance: number | null; cc: boolean; courier: boolean; postal: boolean;
    image: { url: string; alt: string } | null;
  }[];
};

export async function searchProducts(input: ProductSearchInput): Promise<ProductSearchResult> {
  const pageSize = Math.min(Math.max(input.pageSize ?? 24, 1), 60);
  const page = Math.max(input.page ?? 1, 1);
  const started = performance.now();
  const exact = buildSearchSql(input);
  let [row] = await getDb().$queryRawUnsafe<Row[]>(exact.sql, ...exact.params);
  // Typo tolerance (trigrams) only when the words and prefixes found nothing: the trigram
  // recheck is the expensive part of a search, and a common word never needs it.
  if (row.total === 0 && input.query?.trim()) {
    const tolerant = buildSearchSql(input, { typos: true });
    [row] = await getDb().$queryRawUnsafe<Row[]>(tolerant.sql, ...tolerant.params);
  }
  const dbMs = performance.now() - started;
  return {
    hits: row.hits.map((h) => ({
      id: h.id,
      slug: h.slug,
      title: h.title,
      priceAmount: h.priceAmount,
      currency: h.currency,
      estimatedPrice: h.estimatedPrice,
      priceUnit: h.priceUnit,
      inStock: !h.stockTracked || h.stock > 0,
      image: h.image,
      shop: { slug: h.shop_slug, name: h.shop_name },
      distanceKm: h.distance == null ? null : Math.round(h.distance / 100) / 10,
      delivery: DELIVERY.filter((mode) => (mode === "CLICK_AND_COLLECT" ? h.cc : mode === "LOCAL_COURIER" ? h.courier : h.postal)),
    })),
    total: row.total,
    page,
    pageCount: Math.ceil(row.total / pageSize),
    facets: {
      categories: row.categories,
      delivery: DELIVERY.map((mode) => ({ key: mode, label: mode, count: row.delivery[mode] })),
    },
    dbMs,
  };
}
