import "server-only";
import { categoryName } from "@/lib/catalog/category-name";
import { queryRows } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { CategoryIndex, CategoryRow } from "./category-index";
import { loadCategoryIndex } from "./load-category-index";
import { closeSpellingsQuery } from "./close-spellings";
import { buildProductSearchStatement } from "./product-search-statement";
import { SEARCH_DELIVERY_MODES } from "./search-params";
import { clampPage } from "./search-query";
import type {
  DeliveryMode,
  FacetCount,
  ProductSearchHit,
  ProductSearchInput,
  ProductSearchResult,
} from "./search-types";

type HitRow = {
  id: string;
  slug: string;
  title: string;
  priceAmount: number;
  currency: string;
  estimatedPrice: boolean;
  priceUnit: string | null;
  inStock: boolean;
  imageUrl: string | null;
  imageAlt: string | null;
  shopSlug: string;
  shopName: string;
  shopPremium: boolean;
  shopRatingCount: number;
  shopRatingSum: number;
  distanceM: number | null;
  clickAndCollect: boolean;
  courier: boolean;
  postal: boolean;
};
type ResultRow = {
  total: number;
  page: number;
  hits: HitRow[];
  categories: { id: string; count: number }[];
  delivery: Record<DeliveryMode, number>;
};

/**
 * Public product search: only visible products; text (full text in French and English, prefix on
 * every word; close spellings from the vocabulary when unknown words find nothing), filters, facets, proximity, in
 * one indexed statement (see product-search-statement.ts). dbMs is the time spent in the database.
 */
export async function searchProducts(input: ProductSearchInput): Promise<ProductSearchResult> {
  const started = performance.now();
  const categories = await loadCategoryIndex();
  const { statement, pageSize, locale } = buildProductSearchStatement(input, categories);
  let [row] = await queryRows<ResultRow>(statement);
  let approximate = false;
  // Nothing found: if some words are unknown (a typo, "chocolt"), search again with close spellings.
  if ((row?.total ?? 0) === 0 && input.query) {
    const closeSpellings = await closeSpellingsQuery(input.query);
    if (closeSpellings) {
      [row] = await queryRows<ResultRow>(buildProductSearchStatement(input, categories, { closeSpellings }).statement);
      approximate = (row?.total ?? 0) > 0;
    }
  }
  const dbMs = performance.now() - started;

  const t = getTranslator(locale);
  const total = row?.total ?? 0;
  return {
    hits: (row?.hits ?? []).map(toHit),
    total,
    page: row?.page ?? 1,
    pageCount: clampPage(1, total, pageSize).pageCount,
    facets: {
      categories: topLevelFacets(row?.categories ?? [], categories, locale),
      delivery: SEARCH_DELIVERY_MODES.map((mode) => ({
        key: mode,
        label: t(`searchPage.delivery.${mode}`),
        count: row?.delivery?.[mode] ?? 0,
      })),
    },
    approximate,
    dbMs,
  };
}

/** Counts per category, summed up to their top-level category, in the tree's order. */
function topLevelFacets(
  counts: { id: string; count: number }[],
  categories: CategoryIndex,
  locale: string,
): FacetCount[] {
  const byRoot = new Map<string, { root: CategoryRow; count: number }>();
  for (const { id, count } of counts) {
    const root = categories.rootOf.get(id);
    if (!root) continue;
    const entry = byRoot.get(root.id) ?? { root, count: 0 };
    entry.count += count;
    byRoot.set(root.id, entry);
  }
  return [...byRoot.values()]
    .sort((a, b) => a.root.position - b.root.position || a.root.slug.localeCompare(b.root.slug))
    .map(({ root, count }) => ({ key: root.slug, label: categoryName(root.names, locale) ?? root.slug, count }));
}

function toHit(row: HitRow): ProductSearchHit {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    priceAmount: row.priceAmount,
    currency: row.currency,
    estimatedPrice: row.estimatedPrice,
    priceUnit: row.priceUnit,
    inStock: row.inStock,
    image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt ?? "" } : null,
    shop: {
      slug: row.shopSlug,
      name: row.shopName,
      premium: row.shopPremium === true,
      rating: { count: row.shopRatingCount ?? 0, sum: row.shopRatingSum ?? 0 },
    },
    distanceKm: row.distanceM === null ? null : Math.round(row.distanceM) / 1000,
    delivery: SEARCH_DELIVERY_MODES.filter((mode) =>
      mode === "CLICK_AND_COLLECT" ? row.clickAndCollect : mode === "LOCAL_COURIER" ? row.courier : row.postal,
    ),
  };
}
