// The /search address: what the GET form sends, read leniently (a wrong value is ignored, never
// an error page), and links that keep the search while changing one thing (facets, pages).
import { parseMoney } from "@/lib/money/parse-money";
import { minRatingTenths } from "@/lib/reviews/rating";
import { firstParam, pageParam } from "@/lib/text/clean-text";
import { normalizePage, normalizeQuery, RADIUS_CHOICES_KM } from "./search-query";
import type { DeliveryMode, ProductSearchInput, SearchSort } from "./search-types";

export const SEARCH_SORTS: SearchSort[] = ["relevance", "distance", "price-asc", "price-desc", "newest", "rating"];
export const SEARCH_DELIVERY_MODES: DeliveryMode[] = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"];

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The form's fields as typed (kept as text so the form shows them back). */
export type SearchFormValues = {
  q: string;
  category: string;
  radius: string;
  delivery: string;
  stock: string;
  min: string;
  max: string;
  /** the least average of the product's shop: "3", "4" or "4.5" (MIN_RATING_CHOICES), else "" */
  rating: string;
  sort: string;
  page: string;
};

export type ParsedSearch = {
  values: SearchFormValues;
  input: Omit<ProductSearchInput, "near" | "locale">;
  /** price fields that could not be read (shown beside the field) */
  invalid: { min: boolean; max: boolean };
};

// NUL bytes and control characters dropped here, before anything reaches SQL (lib/text/clean-text.ts).
const first = (value: string | string[] | undefined): string => firstParam(value, 200);

export function parseSearchParams(params: RawSearchParams, locale: string, hasLocation: boolean): ParsedSearch {
  const values: SearchFormValues = {
    q: normalizeQuery(first(params.q)),
    category: first(params.category).trim(),
    radius: first(params.radius).trim(),
    delivery: first(params.delivery).trim(),
    stock: first(params.stock) === "1" ? "1" : "",
    min: first(params.min).trim(),
    max: first(params.max).trim(),
    rating: first(params.rating).trim(),
    sort: first(params.sort).trim(),
    page: first(params.page).trim(),
  };
  const radius = Number(values.radius);
  const radiusKm = hasLocation && (RADIUS_CHOICES_KM as readonly number[]).includes(radius) ? radius : null;
  const delivery = (SEARCH_DELIVERY_MODES as string[]).includes(values.delivery)
    ? (values.delivery as DeliveryMode)
    : null;
  let sort = (SEARCH_SORTS as string[]).includes(values.sort) ? (values.sort as SearchSort) : "relevance";
  if (sort === "distance" && !hasLocation) sort = "relevance";
  const minPriceAmount = values.min ? parseMoney(values.min, locale) : null;
  const maxPriceAmount = values.max ? parseMoney(values.max, locale) : null;
  const minRating = minRatingTenths(values.rating);
  return {
    values: {
      ...values,
      radius: radiusKm === null ? "" : String(radiusKm),
      delivery: delivery ?? "",
      rating: minRating === null ? "" : values.rating,
      sort,
    },
    input: {
      query: values.q,
      categorySlug: values.category || null,
      radiusKm,
      delivery,
      inStockOnly: values.stock === "1",
      minPriceAmount,
      maxPriceAmount,
      minRatingTenths: minRating,
      sort,
      page: normalizePage(pageParam(values.page)),
    },
    invalid: { min: values.min !== "" && minPriceAmount === null, max: values.max !== "" && maxPriceAmount === null },
  };
}

/**
 * /search with the current values and some changed; empty values are left out so the address
 * stays short. Changing anything but the page goes back to page 1.
 */
export function searchHref(values: SearchFormValues, changes: Partial<SearchFormValues>): string {
  const next: SearchFormValues = { ...values, ...("page" in changes ? {} : { page: "" }), ...changes };
  const query = new URLSearchParams();
  for (const key of ["q", "category", "radius", "delivery", "stock", "min", "max", "rating", "sort", "page"] as const) {
    const value = next[key];
    if (value && !(key === "sort" && value === "relevance") && !(key === "page" && value === "1"))
      query.set(key, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
