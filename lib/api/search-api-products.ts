import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { DEFAULT_PAGE_SIZE } from "@/lib/search/search-query";
import { searchProducts } from "@/lib/search/search-products";
import type { ProductSearchHit } from "@/lib/search/search-types";
import { absoluteUrl, money, productPageUrl, rating, shopPageUrl } from "./api-values";
import type { SearchQuery, SearchResponse } from "./schemas";

/**
 * The /search page's search for the API (docs/api.md): the parameters go through the page's own
 * parsing (parseSearchParams) and the page's search (searchProducts), so the filters, the
 * visibility rules and the ranking are the page's. Only the position (lat/lng instead of the
 * location cookie), the prices (minor units instead of typed text) and the page size differ.
 */
export async function searchApiProducts(query: SearchQuery, locale: Locale): Promise<SearchResponse> {
  const near =
    query.lat !== undefined && query.lng !== undefined ? { latitude: query.lat, longitude: query.lng } : null;
  const raw: RawSearchParams = {
    q: query.q,
    category: query.category,
    radius: query.radius === undefined ? undefined : String(query.radius),
    delivery: query.delivery,
    stock: query.stock,
    rating: query.rating,
    sort: query.sort,
    page: query.page === undefined ? undefined : String(query.page),
  };
  const { input } = parseSearchParams(raw, locale, near !== null);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const result = await searchProducts({
    ...input,
    minPriceAmount: query.minPrice ?? null,
    maxPriceAmount: query.maxPrice ?? null,
    near,
    locale,
    pageSize,
  });
  return {
    pagination: { page: result.page, pageSize, total: result.total, pageCount: result.pageCount },
    approximate: result.approximate,
    products: result.hits.map(toSearchHit),
    facets: {
      categories: result.facets.categories.map(({ key, label, count }) => ({ key, name: label, count })),
      delivery: result.facets.delivery.map(({ key, label, count }) => ({ key, name: label, count })),
    },
  };
}

function toSearchHit(hit: ProductSearchHit): SearchResponse["products"][number] {
  return {
    id: hit.id,
    slug: hit.slug,
    url: productPageUrl(hit.slug),
    title: hit.title,
    price: money(hit.priceAmount, hit.currency),
    estimatedPrice: hit.estimatedPrice,
    priceUnit: hit.priceUnit,
    inStock: hit.inStock,
    image: hit.image ? { url: absoluteUrl(hit.image.url), alt: hit.image.alt } : null,
    shop: { slug: hit.shop.slug, name: hit.shop.name, url: shopPageUrl(hit.shop.slug), premium: hit.shop.premium },
    distanceKm: hit.distanceKm,
    delivery: hit.delivery,
    shopRating: rating(hit.shop.rating),
  };
}
